"""Tests for screen-time categories: the default rules, matching, and the rules' JSON form."""

from __future__ import annotations

import json

import pytest

from companion.domain.errors import InvalidInput
from companion.domain.screen_categories import (
    CATEGORIES,
    CATEGORY_LABELS,
    DEFAULT_RULES,
    CategoryRule,
    categorise,
    categorise_app,
    domain_of,
    rules_from_json,
    rules_to_json,
)


def test_every_category_has_a_label_and_other_is_last() -> None:
    assert set(CATEGORY_LABELS) == set(CATEGORIES)
    assert CATEGORY_LABELS["work_study"] == "Work or study"
    assert CATEGORY_LABELS["social_media"] == "Social media"
    assert CATEGORIES[-1] == "other"


def test_default_rules_are_well_formed() -> None:
    for rule in DEFAULT_RULES:
        assert rule.kind in ("app", "domain")
        assert rule.category in CATEGORIES and rule.category != "other"
        assert rule.pattern == rule.pattern.strip() and rule.pattern
    # Every default category is reachable both for apps and for websites.
    for kind in ("app", "domain"):
        assert {r.category for r in DEFAULT_RULES if r.kind == kind} == set(CATEGORIES) - {"other"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # desktop app names and executables
        ("Instagram", "social_media"),
        ("Facebook", "social_media"),
        ("TikTok", "social_media"),
        ("X", "social_media"),
        ("Twitter", "social_media"),
        ("Reddit", "social_media"),
        ("Bluesky", "social_media"),
        ("WhatsApp", "messaging"),
        ("signal-desktop", "messaging"),
        ("Signal.exe", "messaging"),
        ("TelegramDesktop", "messaging"),
        ("Messenger", "messaging"),
        ("discord", "messaging"),
        ("Slack", "messaging"),
        ("Microsoft Teams", "messaging"),
        ("Messages", "messaging"),
        ("Element", "messaging"),
        ("YouTube", "video"),
        ("vlc", "video"),
        ("VLC.exe", "video"),
        ("Disney+", "video"),
        ("Prime Video", "video"),
        ("steam", "games"),
        ("steamwebhelper", "games"),
        ("Minecraft", "games"),
        ("Code", "work_study"),
        ("code.exe", "work_study"),
        ("Visual Studio Code", "work_study"),
        ("gnome-terminal-server", "work_study"),
        ("x-terminal-emulator", "work_study"),
        ("WINWORD.EXE", "work_study"),
        ("libreoffice-writer", "work_study"),
        ("zoom.us", "work_study"),
        # Android packages, including the Chinese apps in the real export
        ("com.instagram.android", "social_media"),
        ("com.facebook.katana", "social_media"),
        ("com.facebook.orca", "messaging"),
        ("com.tencent.mm", "messaging"),
        ("com.tencent.mobileqq", "messaging"),
        ("com.xingin.xhs", "social_media"),
        ("com.ss.android.ugc.aweme", "social_media"),
        ("tv.danmaku.bili", "video"),
        ("com.google.android.youtube", "video"),
        ("com.weico.international", "social_media"),
        ("com.twitter.android", "social_media"),
        ("com.dongqiudi.news", "news"),
        ("com.tencent.tmgp.sgame", "games"),
        ("微信", "messaging"),
        ("哔哩哔哩", "video"),
        # things that must not be caught by a short or partial pattern
        ("Firefox", "other"),
        ("Firefox Beta", "other"),
        ("QQ邮箱", "other"),
        ("微信输入法", "other"),
        ("com.tencent.androidqqmail", "other"),
        ("1Password", "other"),
        ("com.miui.home", "other"),
        ("Xcodeproj viewer", "other"),
        ("", "other"),
    ],
)
def test_categorise_app_defaults(name: str, expected: str) -> None:
    assert categorise("app", name) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://old.reddit.com/r/python", "social_media"),
        ("https://www.instagram.com/", "social_media"),
        ("https://x.com/home", "social_media"),
        ("https://bsky.app/profile/someone", "social_media"),
        ("https://www.youtube.com/watch?v=abc", "video"),
        ("https://youtu.be/abc", "video"),
        ("https://www.bilibili.com/video/BV1", "video"),
        ("https://news.ycombinator.com/item?id=1", "news"),
        ("https://www.bbc.co.uk/news", "news"),
        ("https://www.theguardian.com/uk", "news"),
        ("https://web.whatsapp.com/", "messaging"),
        ("https://discord.com/channels/1", "messaging"),
        ("https://github.com/ActivityWatch", "work_study"),
        ("https://en.wikipedia.org/wiki/Sleep", "work_study"),
        ("https://store.steampowered.com/app/1", "games"),
        ("reddit.com", "social_media"),
        ("WWW.NYTIMES.COM", "news"),
        ("https://notreddit.com/", "other"),
        ("https://reddit.com.example.org/", "other"),
        ("https://example.org/reddit.com", "other"),
        ("about:blank", "other"),
        ("chrome://newtab/", "other"),
        ("file:///home/me/notes.html", "other"),
        ("http://[::1", "other"),
        ("", "other"),
    ],
)
def test_categorise_domain_defaults(url: str, expected: str) -> None:
    assert categorise("domain", url) == expected


def test_domain_of() -> None:
    assert domain_of("https://User@Old.Reddit.com:443/r/x?q=1") == "old.reddit.com"
    assert domain_of("news.ycombinator.com/item?id=1") == "news.ycombinator.com"
    assert domain_of("example.org.") == "example.org"


def test_first_matching_rule_wins_and_package_counts() -> None:
    rules = (
        CategoryRule("app", "Firefox", "work_study"),
        CategoryRule("app", "firefox", "video"),
        CategoryRule("app", "org.example.reader", "news"),
        CategoryRule("domain", "example.org", "games"),
        CategoryRule("domain", "sub.example.org", "news"),
    )
    assert categorise("app", "Mozilla FIREFOX", rules) == "work_study"
    assert categorise_app("Reader", "org.example.reader", rules) == "news"
    assert categorise_app("Reader", "org.example.readerplus", rules) == "other"
    assert categorise("domain", "https://sub.example.org/", rules) == "games"
    assert categorise("app", "Instagram", rules) == "other"


def test_categorise_rejects_an_unknown_kind() -> None:
    with pytest.raises(ValueError, match="kind"):
        categorise("window", "Firefox")


def test_rules_json_round_trip() -> None:
    text = json.dumps(rules_to_json(DEFAULT_RULES), ensure_ascii=False)
    back = rules_from_json(json.loads(text))
    assert back == DEFAULT_RULES
    assert rules_to_json([CategoryRule("domain", "example.org", "news")]) == [
        {"kind": "domain", "pattern": "example.org", "category": "news"}
    ]


def test_rules_from_json_trims_patterns() -> None:
    rules = rules_from_json([{"kind": "app", "pattern": "  Signal ", "category": "messaging"}])
    assert rules == (CategoryRule("app", "Signal", "messaging"),)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"kind": "app"}, "list"),
        ([["app", "x", "news"]], "rule 1"),
        ([{"kind": "window", "pattern": "x", "category": "news"}], "app or a domain"),
        ([{"kind": "app", "pattern": "  ", "category": "news"}], "name or domain"),
        ([{"kind": "app", "pattern": 3, "category": "news"}], "name or domain"),
        (
            [
                {"kind": "app", "pattern": "ok", "category": "news"},
                {"kind": "domain", "pattern": "a.org", "category": "sport"},
            ],
            "rule 2 has an unknown category 'sport'",
        ),
        ([{"kind": "app", "pattern": "ok"}], "unknown category None"),
    ],
)
def test_rules_from_json_rejects_bad_entries(data: object, message: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        rules_from_json(data)
    assert message.lower() in str(caught.value).lower()
    assert "\n" not in str(caught.value)


def test_whole_words_in_a_very_long_app_name() -> None:
    # A hostile or damaged export can hold a 1 MB app name: it is read like any other.
    filler = "qqq zyx unknown.appz " * 50_000
    assert categorise_app(filler) == "other"
    assert categorise_app(filler + "Signal") == "messaging"
    assert categorise_app("Signal " + filler) == "messaging"
    assert categorise_app(filler + "xSignal") == "other"
    assert categorise_app(filler + "Signalx") == "other"
    assert categorise_app("qq" * 100_000) == "other"
    assert categorise_app("STRASSE_QQ") == "messaging"  # "_" separates words
