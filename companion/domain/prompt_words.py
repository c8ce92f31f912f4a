"""The app's own words in the shipped prompts and boundary templates (assets/journal_prompts.json,
assets/reflection_prompts.json, assets/boundary_templates.json), marked for the core's catalogue
and keyed by stable ids, so they are shown in the language in use. A test holds these tables word
for word to the files. A saved answer keeps the prompt's id and the English words it was answered
to; those words are shown translated while they are still the ones the table knows, and as saved
otherwise. A boundary made from a template keeps
the template's English title while the person leaves it as offered (so it follows the language),
and the words they write otherwise."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from companion.domain.i18n import N_, _

K = TypeVar("K")

JOURNAL_PROMPTS: dict[str, str] = {
    "connection-01": N_("Who made you smile recently, even a little? What did they do?"),
    "gratitude-01": N_("What is one small thing from today you'd like to remember?"),
    "self_compassion-01": N_("What would you say to a good friend who had the day you had?"),
    "connection-02": N_(
        "Is there someone you've been thinking about lately? What would you like them to know?"
    ),
    "gratitude-02": N_("Who is someone you're glad is in your life, and why?"),
    "self_compassion-02": N_("What did you manage today, however small, that took some effort?"),
    "connection-03": N_(
        "Think of a conversation that left you feeling lighter. What made it feel that way?"
    ),
    "gratitude-03": N_("What is something your body did for you today that you're thankful for?"),
    "self_compassion-03": N_("What is weighing on you right now? Write it down gently, as it is."),
    "connection-04": N_("Who could you reach out to this week, just to say hello?"),
    "gratitude-04": N_("What is a place that feels good to be in? What do you notice there?"),
    "self_compassion-04": N_("Where could you ease off on yourself a little this week?"),
    "connection-05": N_("Remember a time someone was there for you. What did that mean to you?"),
    "gratitude-05": N_("What made you laugh or feel warm this week?"),
    "self_compassion-05": N_(
        "What do you need most right now, and is there a small way to give it to yourself?"
    ),
    "connection-06": N_("Who do you feel most like yourself around? What is it about them?"),
    "gratitude-06": N_("What is something you have now that you once hoped for?"),
    "self_compassion-06": N_(
        "Think of a mistake you've been going over. What did you learn, and can you let some of it go?"
    ),
    "connection-07": N_(
        "Is there a friendship you'd like to tend a bit more? What would be a first small step?"
    ),
    "gratitude-07": N_("Who helped you recently, maybe without knowing it?"),
    "self_compassion-07": N_("What are three things you like about yourself?"),
    "connection-08": N_("How did you show someone you care recently, or how would you like to?"),
    "gratitude-08": N_("What is a simple pleasure you enjoyed lately?"),
    "self_compassion-08": N_("When things were hard before, what helped you through?"),
    "connection-09": N_("What is a shared memory with someone that you treasure?"),
    "gratitude-09": N_("What went better than you expected recently?"),
    "self_compassion-09": N_("How are you feeling, honestly, right now? There's no wrong answer."),
    "connection-10": N_(
        "Who would you like to spend more time with, and what would you do together?"
    ),
    "gratitude-10": N_("What is something kind someone said to you that stayed with you?"),
    "self_compassion-10": N_("What would being a little kinder to yourself look like tomorrow?"),
}

REFLECTION_PROMPTS: dict[str, str] = {
    "closer": N_("Did time online today bring you closer to anyone?"),
    "longest_stretch": N_("How did you feel after the longest stretch of scrolling?"),
    "more_tomorrow": N_("What would you like more of tomorrow?"),
    "good_moment": N_("What was one good moment today that had nothing to do with a screen?"),
    "reached_for": N_("When did you reach for your phone without deciding to? What was going on?"),
    "message_glad": N_("Was there a message or call today you were glad to get?"),
    "energy": N_("Which part of your time online gave you energy, and which part took it?"),
    "someone_on_mind": N_("Who was on your mind today? Would they like to hear from you?"),
    "boundary_helped": N_("Did one of your boundaries make today a little easier? How?"),
    "got_in_the_way": N_(
        "If a boundary was hard today, what would make it a bit easier next time?"
    ),
    "comparison": N_(
        "Did anything you saw online leave you comparing yourself to others? How did that sit with you?"
    ),
    "present": N_("When today did you feel most present with the people around you?"),
    "less_tomorrow": N_("What would you like less of tomorrow?"),
    "kind_words": N_("What is something kind you could say to yourself about today?"),
    "offline_joy": N_("What did you enjoy doing with your hands or your body today?"),
    "shared": N_("Did you share something today, online or in person? How did it feel afterwards?"),
    "first_thing": N_(
        "What did you do in the first half hour after waking? Would you like to keep it that way?"
    ),
    "quiet": N_("Was there a quiet moment today you let be quiet?"),
    "learned": N_("Did you learn or notice anything today that you'd like to remember?"),
    "connection_kind": N_(
        "Which kind of contact felt best today: a message, a call, or being together?"
    ),
    "notifications": N_(
        "Did a notification pull you away from something you cared about? Is it worth keeping on?"
    ),
    "thank_someone": N_("Is there someone you'd like to thank for something lately?"),
    "before_sleep": N_(
        "How did the last hour before sleep feel yesterday? What would help it feel restful?"
    ),
    "mood_screens": N_("Did your mood change after time on a particular app today?"),
    "reach_out": N_("Who might be glad if you reached out this week?"),
    "proud": N_("What is one small thing you're proud of from today?"),
    "boredom": N_(
        "When you felt bored today, what did you do? Is there something you'd like to try instead?"
    ),
    "meal": N_("Did you share a meal or a cup of something with anyone recently? How was it?"),
    "need": N_("What do you need more of from the people around you right now?"),
    "tomorrow_one_thing": N_(
        "What is one thing you'd like to do tomorrow before picking up your phone?"
    ),
    "outside": N_("Did you spend any time outside today? How did it feel?"),
    "gentle_week": N_("Looking back at this week, what are you glad you made time for?"),
}


BOUNDARY_TEMPLATES: dict[tuple[str, str], str] = {
    ("daily_limit_social", "title"): N_("Social media at most 60 minutes a day"),
    ("daily_limit_social", "description"): N_(
        "A daily budget for social media, so there's room left for other things."
    ),
    ("daily_limit_video", "title"): N_("Videos at most 90 minutes a day"),
    ("daily_limit_video", "description"): N_("A daily budget for videos and streaming."),
    ("screen_free_evening", "title"): N_("Screen-free after 22:00"),
    ("screen_free_evening", "description"): N_(
        "Screens away from 22:00 until the morning, so evenings can wind down."
    ),
    ("phone_free_meals", "title"): N_("Phone-free meals"),
    ("phone_free_meals", "description"): N_(
        "Meals without a phone on the table, alone or with others."
    ),
    ("no_scrolling_in_bed", "title"): N_("No scrolling in bed"),
    ("no_scrolling_in_bed", "description"): N_(
        "Bed is for rest: the phone stays out of reach once you're in it."
    ),
    ("notifications_off_focus", "title"): N_("Notifications off while focusing"),
    ("notifications_off_focus", "description"): N_(
        "Silence notifications while you work, study or spend time with someone."
    ),
    ("one_thing_first", "title"): N_("One thing before opening social apps"),
    ("one_thing_first", "description"): N_(
        "Before opening a social app, pause, take a breath and name one thing you mean to do there."
    ),
    ("one_thing_first", "intention_prompt"): N_(
        "Before you open it: what is the one thing you'd like to do there?"
    ),
}


def shown(table: Mapping[K, str], key: K, english: str) -> str:
    """`english` in the language in use when it is the text `table` marks for `key`; words the
    table doesn't know (an older or changed text, a test's own file) are shown as written."""
    return _(english) if english and table.get(key) == english else english
