"""The customers' side: their request's page, reached by the signed link in every notice
(no password), where they can also file a complaint about the service."""
