"""Publisher profiles: site-specific rules as data, for pages the generic rules get wrong.

The generic HTML rules (article finding, boilerplate hints, question cues) are meant to carry
any publisher on their own. When one site does something unusual — questions set in a
``<span class="q">`` with no bold, a newsletter box whose class says nothing — a
:class:`Profile` names the fix as CSS selectors instead of code::

    from interviewparse import profiles

    shop = profiles.Profile(
        name="example-shop",
        domains=("shop.example",),
        question_selector="p.interview-q",
        boilerplate_selectors={"newsletter": ["div.signup-teaser"]},
        content_selector="div.story",
    )
    registry = profiles.register_profile(shop)       # a new registry; the default is untouched
    iv = interviewparse.parse_html(page, url="https://shop.example/a", profile=registry)
    iv = interviewparse.parse_html(page, profile=shop)  # or apply one profile explicitly

A profile applies when passed explicitly, or when a registry is passed (or the built-in one is
used) and the page's ``url`` is on one of the profile's domains (subdomains included).
Registries are immutable values: registering returns a new registry, so there is no global
state to leak between callers or threads. The built-in registry holds only an illustrative
example profile for ``example.org``; no shipped rule depends on a profile.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

import attrs

from .models import BoilerplateKind

__all__ = [
    "BUILTIN",
    "EXAMPLE_PROFILE",
    "Profile",
    "ProfileRegistry",
    "load_profiles",
    "profile_from_dict",
    "register_profile",
    "resolve_profile",
]


def _kinds(
    value: Mapping[str | BoilerplateKind, Iterable[str]],
) -> dict[BoilerplateKind, tuple[str, ...]]:
    out: dict[BoilerplateKind, tuple[str, ...]] = {}
    for kind, selectors in value.items():
        key = BoilerplateKind(kind)
        out[key] = tuple([selectors] if isinstance(selectors, str) else selectors)
    return out


def _domains(value: Iterable[str] | str) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else list(value)
    return tuple(d.strip().lower().lstrip(".") for d in items if d.strip())


@attrs.frozen
class Profile:
    """Site-specific rules for one publisher, as CSS selectors (see the module docstring).

    Attributes:
        name: a short identifier, used in boilerplate reasons ("profile example: div.promo").
        domains: host names the profile applies to; subdomains match too.
        question_selector: elements whose blocks are questions on this site.
        boilerplate_selectors: boilerplate kind (or its value, e.g. ``"newsletter"``) → selectors
            of boxes that are that kind of clutter.
        content_selector: the article body; replaces the generic main-content search.
    """

    name: str
    domains: tuple[str, ...] = attrs.field(converter=_domains, default=())
    question_selector: str | None = None
    boilerplate_selectors: Mapping[BoilerplateKind, tuple[str, ...]] = attrs.field(
        converter=_kinds, factory=dict, hash=False
    )
    content_selector: str | None = None

    def matches(self, url: str | None) -> bool:
        """Is ``url`` on one of this profile's domains?"""
        host = _host(url)
        if not host:
            return False
        return any(host == d or host.endswith("." + d) for d in self.domains)


def _host(url: str | None) -> str:
    if not url:
        return ""
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return ""
    return host.lower()


@attrs.frozen
class ProfileRegistry:
    """An immutable collection of profiles, looked up by a page's URL."""

    profiles: tuple[Profile, ...] = ()

    def with_profile(self, profile: Profile) -> ProfileRegistry:
        """A new registry holding ``profile`` too (replacing one of the same name)."""
        kept = tuple(p for p in self.profiles if p.name != profile.name)
        return ProfileRegistry((*kept, profile))

    def for_url(self, url: str | None) -> Profile | None:
        """The most recently registered profile whose domains cover ``url``."""
        for profile in reversed(self.profiles):
            if profile.matches(url):
                return profile
        return None


#: An illustration of the format, for a domain no real page lives on.
EXAMPLE_PROFILE = Profile(
    name="example",
    domains=("example.org",),
    question_selector="p.question, .qa-question",
    boilerplate_selectors={
        BoilerplateKind.NEWSLETTER: ("div.newsletter-signup",),
        BoilerplateKind.RELATED: ("aside.more-stories",),
    },
    content_selector="div.article-text",
)

#: The registry used when no profile or registry is passed.
BUILTIN = ProfileRegistry((EXAMPLE_PROFILE,))


def register_profile(profile: Profile, registry: ProfileRegistry = BUILTIN) -> ProfileRegistry:
    """A registry with ``profile`` added to ``registry`` (the built-in one by default).

    Pass the result as ``profile=`` to :func:`interviewparse.parse` (or any entry point).
    """
    return registry.with_profile(profile)


def resolve_profile(profile: Profile | ProfileRegistry | None, url: str | None) -> Profile | None:
    """The profile to apply: an explicit one, or the registry's match for ``url``."""
    if isinstance(profile, Profile):
        return profile
    registry = profile if isinstance(profile, ProfileRegistry) else BUILTIN
    return registry.for_url(url)


_PROFILE_FIELDS = frozenset(
    ("name", "domains", "question_selector", "boilerplate_selectors", "content_selector")
)


def profile_from_dict(data: Mapping[str, Any]) -> Profile:
    """A :class:`Profile` from plain data with its field names (as a JSON file holds it)."""
    if not isinstance(data, Mapping):
        raise TypeError(f"a profile is a JSON object of its fields, got {type(data).__name__}")
    unknown = sorted(set(data) - _PROFILE_FIELDS)
    if unknown:
        raise ValueError(
            f"unknown profile field(s) {', '.join(unknown)}; "
            f"the fields are {', '.join(sorted(_PROFILE_FIELDS))}"
        )
    if not isinstance(data.get("name"), str) or not data["name"]:
        raise ValueError('a profile needs a non-empty "name"')
    return Profile(**data)


def load_profiles(path: str | os.PathLike[str]) -> Profile | ProfileRegistry:
    """Profiles from a JSON file: one object is one :class:`Profile`, to apply to every page; a
    list of objects is a :class:`ProfileRegistry` (the built-in one plus these), each page then
    getting the profile whose domains cover its URL. The command line's ``--profile FILE``."""
    with open(path, encoding="utf-8") as handle:
        try:
            data = json.load(handle)
        except json.JSONDecodeError as exc:
            raise ValueError(f"not valid JSON ({exc})") from None
    if isinstance(data, list):
        registry = BUILTIN
        for item in data:
            registry = registry.with_profile(profile_from_dict(item))
        return registry
    return profile_from_dict(data)
