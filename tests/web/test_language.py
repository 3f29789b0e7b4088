"""Italian first: the browser's language does not switch the interface; a choice does."""


def test_pages_are_italian_even_for_an_english_browser(client, db):
    page = client.get("/login/", headers={"accept-language": "en-US,en;q=0.9"})
    assert page["Content-Language"] == "it"
    assert "Accedi" in page.content.decode()


def test_a_person_can_choose_english(client, db):
    chosen = client.post("/i18n/setlang/", {"language": "en", "next": "/login/"})
    assert chosen.status_code == 302
    page = client.get("/login/")
    assert page["Content-Language"] == "en"
    assert "Log in" in page.content.decode()


def test_every_page_offers_the_other_language(client, db):
    page = client.get("/login/").content.decode()
    assert 'name="language" value="en"' in page
    assert 'name="language" value="it"' not in page
