"""Screen-time categories and the user-editable rules that put apps and websites into them.

Rules are tried in order and the first match wins; anything unmatched is "other".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal, get_args
from urllib.parse import urlsplit

from companion.domain.errors import InvalidInput
from companion.domain.i18n import N_, _

CATEGORIES: tuple[str, ...] = (
    "social_media",
    "messaging",
    "video",
    "games",
    "news",
    "work_study",
    "other",
)

# Kept in English in the `screen.categories` setting; shown in the reader's language while the
# person keeps a built-in name unchanged (shown_label).
CATEGORY_LABELS: dict[str, str] = {
    "social_media": N_("Social media"),
    "messaging": N_("Messaging"),
    "video": N_("Video"),
    "games": N_("Games"),
    "news": N_("News"),
    "work_study": N_("Work or study"),
    "other": N_("Other"),
}


def shown_label(key: str, label: str) -> str:
    """A category's name as shown: a built-in name in the current language, the person's own
    name exactly as they wrote it."""
    return _(label) if CATEGORY_LABELS.get(key) == label else label


RuleKind = Literal["app", "domain"]
RULE_KINDS: tuple[str, ...] = get_args(RuleKind)


@dataclass(frozen=True)
class CategoryRule:
    """One rule: an app name / Android package, or a website domain, and its category.

    `pattern` is case-insensitive. For apps it must appear in the app name (or the Android
    package name, e.g. "com.instagram.android") as whole words: "Signal" matches
    "signal-desktop" and "Signal.exe" but "X" does not match "Firefox", nor "QQ" "QQ邮箱".
    For domains it is a domain suffix: "reddit.com" matches "old.reddit.com", not "notreddit.com".
    """

    kind: RuleKind
    pattern: str
    category: str


def _rules(kind: RuleKind, category: str, *patterns: str) -> tuple[CategoryRule, ...]:
    return tuple(CategoryRule(kind, p, category) for p in patterns)


# Order matters (first match wins). Messaging comes before social media so that Messenger
# (com.facebook.orca) is not taken for Facebook, and work before social media so that
# "x-terminal-emulator" is a terminal rather than X.
DEFAULT_RULES: tuple[CategoryRule, ...] = (
    *_rules(
        "app",
        "messaging",
        "WhatsApp",
        "com.whatsapp",
        "Signal",
        "org.thoughtcrime.securesms",
        "Telegram",
        "TelegramDesktop",
        "org.telegram.messenger",
        "org.thunderdog.challegram",
        "Messenger",
        "com.facebook.orca",
        "Discord",
        "com.discord",
        "Slack",
        "com.Slack",
        "Microsoft Teams",
        "Teams",
        "com.microsoft.teams",
        "Messages",
        "com.google.android.apps.messaging",
        "com.android.mms",
        "com.samsung.android.messaging",
        "短信",
        "信息",
        "Element",
        "im.vector.app",
        "WeChat",
        "微信",
        "com.tencent.mm",
        "QQ",
        "com.tencent.mobileqq",
        "com.tencent.tim",
        "飞书",
        "Feishu",
        "Lark",
        "com.ss.android.lark",
        "钉钉",
        "DingTalk",
        "com.alibaba.android.rimet",
        "com.tencent.wework",
        "企业微信",
        "jp.naver.line.android",
        "Viber",
        "com.viber.voip",
        "Skype",
        "com.skype.raider",
        "Threema",
        "ch.threema.app",
        "KakaoTalk",
        "com.kakao.talk",
        "FaceTime",
        "Zulip",
    ),
    *_rules(
        "app",
        "work_study",
        "Visual Studio Code",
        "Code",
        "code-oss",
        "VSCodium",
        "Visual Studio",
        "devenv",
        "Xcode",
        "PyCharm",
        "IntelliJ IDEA",
        "idea64",
        "WebStorm",
        "CLion",
        "GoLand",
        "Android Studio",
        "Sublime Text",
        "sublime_text",
        "Vim",
        "gvim",
        "nvim",
        "Neovim",
        "Emacs",
        "Kate",
        "Zed",
        "Terminal",
        "gnome-terminal-server",
        "Konsole",
        "iTerm2",
        "Alacritty",
        "kitty",
        "WezTerm",
        "xterm",
        "Tilix",
        "WindowsTerminal",
        "PowerShell",
        "cmd.exe",
        "Microsoft Word",
        "WINWORD",
        "Microsoft Excel",
        "Excel",
        "Microsoft PowerPoint",
        "POWERPNT",
        "Microsoft Outlook",
        "OUTLOOK",
        "OneNote",
        "LibreOffice",
        "soffice",
        "Pages",
        "Numbers",
        "Keynote",
        "Zoom",
        "zoom.us",
        "us.zoom.videomeetings",
        "Obsidian",
        "Notion",
        "Zotero",
        "Anki",
        "Jupyter",
        "RStudio",
        "MATLAB",
        "Overleaf",
        "Thunderbird",
        "com.microsoft.office.word",
        "com.microsoft.office.excel",
        "com.microsoft.office.outlook",
        "com.google.android.apps.docs",
        "com.google.android.gm",
        "com.tencent.wemeet.app",
    ),
    *_rules(
        "app",
        "video",
        "YouTube",
        "com.google.android.youtube",
        "Netflix",
        "com.netflix.mediaclient",
        "Twitch",
        "tv.twitch.android.app",
        "VLC",
        "org.videolan.vlc",
        "mpv",
        "Bilibili",
        "哔哩哔哩",
        "tv.danmaku.bili",
        "com.bilibili.app.in",
        "Prime Video",
        "com.amazon.avod.thirdpartyclient",
        "Disney+",
        "com.disney.disneyplus",
        "Plex",
        "com.plexapp.android",
        "Jellyfin",
        "Kodi",
        "Hulu",
        "HBO Max",
        "爱奇艺",
        "com.qiyi.video",
        "优酷",
        "com.youku.phone",
        "腾讯视频",
        "com.tencent.qqlive",
        "芒果TV",
        "com.hunantv.imgo.activity",
        "西瓜视频",
        "com.ss.android.article.video",
    ),
    *_rules(
        "app",
        "games",
        "Steam",
        "steamwebhelper",
        "com.valvesoftware.android.steam.community",
        "Lutris",
        "Heroic",
        "Epic Games Launcher",
        "Battle.net",
        "Minecraft",
        "com.mojang.minecraftpe",
        "Roblox",
        "com.roblox.client",
        "Genshin Impact",
        "原神",
        "com.miHoYo",
        "com.HoYoverse",
        "王者荣耀",
        "和平精英",
        "com.tencent.tmgp",
        "com.tencent.ig",
        "League of Legends",
        "Fortnite",
        "Candy Crush",
        "com.king",
        "com.supercell",
        "Clash of Clans",
        "Clash Royale",
        "Pokémon GO",
        "com.nianticlabs.pokemongo",
        "Among Us",
        "Stardew Valley",
        "Solitaire",
        "Mahjong",
        "Chess",
        "com.chess",
        "org.lichess.mobileapp",
        "Sudoku",
        "com.netease.party",
        "com.netease.dwrg",
    ),
    *_rules(
        "app",
        "news",
        "Google News",
        "com.google.android.apps.magazines",
        "Apple News",
        "BBC News",
        "bbc.mobile.news",
        "com.nytimes.android",
        "com.guardian",
        "com.cnn.mobile.android.phone",
        "Reuters",
        "Flipboard",
        "Feedly",
        "今日头条",
        "com.ss.android.article.news",
        "腾讯新闻",
        "com.tencent.news",
        "网易新闻",
        "com.netease.newsreader.activity",
        "澎湃新闻",
        "懂球帝",
        "com.dongqiudi.news",
        "虎扑",
        "com.hupu.games",
    ),
    *_rules(
        "app",
        "social_media",
        "Instagram",
        "com.instagram.android",
        "Facebook",
        "com.facebook.katana",
        "com.facebook.lite",
        "TikTok",
        "com.zhiliaoapp.musically",
        "com.ss.android.ugc.trill",
        "抖音",
        "Douyin",
        "com.ss.android.ugc.aweme",
        "快手",
        "com.smile.gifmaker",
        "X",
        "Twitter",
        "com.twitter.android",
        "Reddit",
        "com.reddit.frontpage",
        "Snapchat",
        "com.snapchat.android",
        "Mastodon",
        "org.joinmastodon.android",
        "Tusky",
        "com.keylesspalace.tusky",
        "LinkedIn",
        "com.linkedin.android",
        "Pinterest",
        "com.pinterest",
        "Threads",
        "com.instagram.barcelona",
        "Bluesky",
        "xyz.blueskyweb.app",
        "Tumblr",
        "com.tumblr",
        "小红书",
        "Xiaohongshu",
        "com.xingin.xhs",
        "微博",
        "Weibo",
        "com.sina.weibo",
        "com.weico.international",
        "知乎",
        "Zhihu",
        "com.zhihu.android",
        "豆瓣",
        "com.douban.frodo",
        "脉脉",
        "com.taou.maimai",
        "酷安",
        "Coolapk",
        "com.coolapk.market",
        "贴吧",
        "com.baidu.tieba",
    ),
    *_rules(
        "domain",
        "messaging",
        "whatsapp.com",
        "web.telegram.org",
        "messenger.com",
        "discord.com",
        "slack.com",
        "teams.microsoft.com",
        "teams.live.com",
        "app.element.io",
        "chat.zulip.org",
        "wx.qq.com",
        "messages.google.com",
    ),
    *_rules(
        "domain",
        "video",
        "youtube.com",
        "youtu.be",
        "netflix.com",
        "twitch.tv",
        "bilibili.com",
        "b23.tv",
        "primevideo.com",
        "disneyplus.com",
        "vimeo.com",
        "hulu.com",
        "max.com",
        "iqiyi.com",
        "youku.com",
        "v.qq.com",
    ),
    *_rules(
        "domain",
        "games",
        "store.steampowered.com",
        "steamcommunity.com",
        "epicgames.com",
        "roblox.com",
        "itch.io",
        "chess.com",
        "lichess.org",
        "poki.com",
        "crazygames.com",
        "miniclip.com",
    ),
    *_rules(
        "domain",
        "news",
        "bbc.co.uk",
        "bbc.com",
        "nytimes.com",
        "theguardian.com",
        "cnn.com",
        "news.ycombinator.com",
        "reuters.com",
        "apnews.com",
        "washingtonpost.com",
        "wsj.com",
        "ft.com",
        "economist.com",
        "aljazeera.com",
        "npr.org",
        "news.google.com",
        "news.yahoo.com",
        "spiegel.de",
        "zeit.de",
        "tagesschau.de",
        "sueddeutsche.de",
        "faz.net",
        "lemonde.fr",
        "elpais.com",
        "corriere.it",
        "abc.net.au",
        "cbc.ca",
        "toutiao.com",
        "thepaper.cn",
        "news.qq.com",
        "news.163.com",
    ),
    *_rules(
        "domain",
        "work_study",
        "github.com",
        "gitlab.com",
        "bitbucket.org",
        "stackoverflow.com",
        "stackexchange.com",
        "docs.google.com",
        "drive.google.com",
        "mail.google.com",
        "calendar.google.com",
        "outlook.office.com",
        "outlook.live.com",
        "office.com",
        "sharepoint.com",
        "notion.so",
        "atlassian.net",
        "overleaf.com",
        "wikipedia.org",
        "coursera.org",
        "edx.org",
        "khanacademy.org",
        "udemy.com",
        "duolingo.com",
        "zoom.us",
        "meet.google.com",
        "readthedocs.io",
        "arxiv.org",
        "scholar.google.com",
        "feishu.cn",
        "larksuite.com",
    ),
    *_rules(
        "domain",
        "social_media",
        "instagram.com",
        "facebook.com",
        "tiktok.com",
        "x.com",
        "twitter.com",
        "reddit.com",
        "snapchat.com",
        "mastodon.social",
        "mastodon.online",
        "linkedin.com",
        "pinterest.com",
        "threads.net",
        "threads.com",
        "bsky.app",
        "tumblr.com",
        "weibo.com",
        "xiaohongshu.com",
        "douyin.com",
        "zhihu.com",
        "douban.com",
        "tieba.baidu.com",
        "coolapk.com",
    ),
)


@lru_cache(maxsize=4096)
def _app_matcher(pattern: str) -> re.Pattern[str]:
    # Whole words: not preceded or followed by a letter or digit (underscore and dots separate).
    # The pattern's own text comes first and the check on the letter before it last (a
    # fixed-width look-behind over the text just matched): a regex that starts with a literal is
    # searched for quickly, one that starts with a look-behind tries every position, which made
    # a 1 MB app name take seconds.
    text = pattern.casefold()
    edges = r"(?![^\W_])(?<![^\W_](?s:.){" + str(len(text)) + "})"
    return re.compile(re.escape(text) + edges)


def _app_rule_matches(pattern: str, folded_name: str) -> bool:
    """Whether an app rule's pattern is a whole word of `folded_name` (already casefolded)."""
    return _app_matcher(pattern).search(folded_name) is not None


def domain_of(url_or_host: str) -> str:
    """The lower-case host of a URL ("https://www.bbc.co.uk/news" -> "www.bbc.co.uk"), or ""."""
    text = url_or_host.strip()
    if "://" in text:
        try:
            host = urlsplit(text).hostname or ""
        except ValueError:
            return ""
    else:
        host = re.split(r"[/?#:]", text, maxsplit=1)[0]
    return host.strip().rstrip(".").casefold()


def _domain_rule_matches(pattern: str, host: str) -> bool:
    suffix = pattern.strip().rstrip(".").casefold()
    if not suffix or not host:
        return False
    return host == suffix or host.endswith("." + suffix)


def categorise_app(
    app: str, package: str | None = None, rules: Sequence[CategoryRule] = DEFAULT_RULES
) -> str:
    """The category of an app, trying each rule on the package name and then the app name."""
    names = [n.casefold() for n in (package, app) if n]
    for rule in rules:
        if rule.kind == "app" and any(_app_rule_matches(rule.pattern, n) for n in names):
            return rule.category
    return "other"


def categorise_domain(url_or_host: str, rules: Sequence[CategoryRule] = DEFAULT_RULES) -> str:
    """The category of a website, given its URL or host name."""
    host = domain_of(url_or_host)
    for rule in rules:
        if rule.kind == "domain" and _domain_rule_matches(rule.pattern, host):
            return rule.category
    return "other"


def categorise(kind: str, name: str, rules: Sequence[CategoryRule] = DEFAULT_RULES) -> str:
    """The category for an app name/package (`kind="app"`) or a URL/domain (`kind="domain"`).

    The first matching rule wins; with no match the answer is "other".
    """
    if kind == "app":
        return categorise_app(name, None, rules)
    if kind == "domain":
        return categorise_domain(name, rules)
    raise ValueError(f"unknown rule kind {kind!r}")


def rules_to_json(rules: Iterable[CategoryRule]) -> list[dict[str, str]]:
    """Rules as plain JSON-ready dicts, in order."""
    return [{"kind": r.kind, "pattern": r.pattern, "category": r.category} for r in rules]


def rules_from_json(data: Any) -> tuple[CategoryRule, ...]:
    """Rules back from `rules_to_json` output; a bad entry raises `InvalidInput` naming it."""
    if not isinstance(data, list):
        raise InvalidInput(_("The category rules should be a list of rules."))
    rules: list[CategoryRule] = []
    for number, entry in enumerate(data, start=1):
        if not isinstance(entry, dict):
            raise InvalidInput(
                _(
                    "Category rule {number} isn't a rule (it should have kind, pattern and "
                    "category)."
                ).format(number=number)
            )
        kind = entry.get("kind")
        pattern = entry.get("pattern")
        category = entry.get("category")
        if kind not in RULE_KINDS:
            raise InvalidInput(
                _("Category rule {number} should be for an app or a domain, not {kind}.").format(
                    number=number, kind=repr(kind)
                )
            )
        if not isinstance(pattern, str) or not pattern.strip():
            raise InvalidInput(
                _("Category rule {number} needs a name or domain to match.").format(number=number)
            )
        if category not in CATEGORIES:
            choices = ", ".join(CATEGORIES)
            raise InvalidInput(
                _(
                    "Category rule {number} has an unknown category {category} "
                    "(choose one of {choices})."
                ).format(number=number, category=repr(category), choices=choices)
            )
        rules.append(CategoryRule(kind, pattern.strip(), category))
    return tuple(rules)
