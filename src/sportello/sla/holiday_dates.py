"""Public-holiday dates from the `holidays` package, validated and cached.

Only dates are used here, never holiday names, so no `language` is passed: the dates do
not depend on it. Callers that show names must pass `language` themselves (names
otherwise follow the process locale).
"""

from datetime import date
from functools import lru_cache

import holidays
from holidays import HolidayBase

# Only the days off for everyone; e.g. BZ also has a `half_day` category that does not
# pause the promise.
CATEGORIES = ("public",)


@lru_cache(maxsize=64)
def _entity(country: str) -> type[HolidayBase]:
    try:
        return type(holidays.country_holidays(country))
    except NotImplementedError:
        raise ValueError(
            f"unknown country {country!r}: use an ISO 3166-1 alpha-2 code the holidays "
            "package supports, such as 'IT'"
        ) from None


def canonical_country(country: str) -> str:
    """The country code as the holidays package spells it; ValueError when unknown."""
    if not isinstance(country, str) or not country.strip():
        raise ValueError(f"country must be a code such as 'IT', not {country!r}")
    code = country.strip().upper()
    _entity(code)
    return code


@lru_cache(maxsize=256)
def canonical_subdiv(country: str, subdiv: str) -> str:
    """The subdivision code for `subdiv`, matched without regard to case and accepting the
    package's aliases ("Milano" -> "MI"); ValueError when the country has no such one."""
    entity = _entity(country)
    codes: tuple[str, ...] = tuple(entity.subdivisions)
    aliases: dict[str, str] = dict(getattr(entity, "subdivisions_aliases", {}) or {})
    wanted = subdiv.strip().casefold()
    for code in codes:
        if code.casefold() == wanted:
            return code
    for alias, code in aliases.items():
        if alias.casefold() == wanted:
            return code
    if not codes:
        raise ValueError(f"country {country!r} has no subdivisions, got subdiv={subdiv!r}")
    examples = ", ".join(codes[:8])
    raise ValueError(
        f"unknown subdivision {subdiv!r} for {country}: use one of the {len(codes)} codes "
        f"of the holidays package ({examples}, ...)"
    )


def supported_years(country: str) -> tuple[int, int]:
    entity = _entity(country)
    return int(entity.start_year), int(entity.end_year)


@lru_cache(maxsize=1024)
def public_holidays(country: str, subdiv: str | None, year: int) -> frozenset[date]:
    """The public holidays of one year. Cached per (country, subdiv, year): building a
    year's holidays costs hundreds of microseconds, a cached lookup well under one.

    Outside the years the package models it would silently return no holidays at all,
    which would make every weekday a business day; refuse instead."""
    first, last = supported_years(country)
    if not first <= year <= last:
        raise ValueError(
            f"the holidays of {country} are known for {first}-{last} only, not for {year}"
        )
    found = holidays.country_holidays(country, subdiv=subdiv, years=year, categories=CATEGORIES)
    return frozenset(found.keys())
