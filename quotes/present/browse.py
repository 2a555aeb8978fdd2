"""What the browser shows of a database (``quotes serve``): Datasette metadata.

Titles and column descriptions for every table, facets on speaker, outlet, date and group,
and canned queries: one group's wordings across outlets, who is quoted most by gender.
A quote's ``group_id`` is a foreign key, so its group (every outlet's wording) is one click away.
"""

from __future__ import annotations

from typing import Any

GROUP_QUOTES = """
select q.outlet, q.date, q.speaker, q.type, q.quote, q.group_id, a.title, a.url, q.article_id
from quotes q join articles a on a.id = q.article_id
where q.group_id = :group_id
order by q.date, q.outlet, q.article_id"""

# one row per speaker, under the gender most of their quotes give (the speakers table, as the
# report ranks them): a quote whose gender the text does not show never splits a person
MOST_QUOTED = """
select gender, rank() over (partition by gender order by quotes desc) as rank,
       speaker, quotes, outlets, articles
from (select coalesce(gender, 'unknown') as gender, name as speaker, quotes, outlets, articles
      from speakers)
order by gender, rank, speaker"""

QUOTE_COLUMNS = {
    "id": "stable id: a hash of the article id and the quote's place in it",
    "article_id": "the article (file stem, JSONL id, or url- and a hash)",
    "group_id": "the same utterance in other articles: open it for every outlet's wording",
    "speaker": "who said it: the name linked across the batch, else the article's",
    "outlet": "the article's outlet (site name for web pages)",
    "date": "the article's date, as the input gave it",
    "type": "direct (in quotation marks), indirect (reported) or mixed",
    "quote": "the words, exactly as in the article text",
    "start": "offset of the quote in the article text (characters)",
    "end": "offset just after the quote: text[start:end] == quote",
    "truncated": "1 when the quote holds a cut such as […] or (…)",
    "fragments": "the quoted words inside a mixed quote, with offsets (JSON)",
    "sentence": "the sentence around the quote",
    "sentence_start": "offset of the sentence in the article text",
    "sentence_end": "offset just after the sentence",
    "cue": "what introduces it: a reporting verb, selon, a colon",
    "cue_start": "offset of the cue in the article text",
    "cue_end": "offset just after the cue",
    "cue_lemma": "the cue's dictionary form (déclarer)",
    "cue_type": "verb, selon or colon",
    "speaker_name": "the fullest name the article gives (or the people file's)",
    "speaker_linked": "one name for this person across the batch, set by grouping",
    "mention": "the speaker as written at the cue",
    "mention_start": "offset of the mention in the article text",
    "mention_end": "offset just after the mention",
    "role": "the role the article gives the speaker for this quote",
    "kind": "person, organization, anonymous or unknown",
    "resolution": "how the speaker was found: explicit, title, pronoun, description, "
                  "continuation, unresolved",
    "gender": "female or male when the text shows it; empty for groups, organisations, unknown",
    "roles": "every role the article gives the speaker, with offsets (JSON)",
    "confidence": "share of right speakers this attribution path had on untuned articles",
    "people_id": "id from a people file (a Wikidata QID…)",
    "evidence": "the rules that fired (JSON)",
    "tool": "the program that found the quote",
    "tool_version": "its version",
    "model": "the language model it parsed with",
    "seq": "order in which the records were written",
}


def metadata(database: str) -> dict[str, Any]:
    """Datasette metadata (``--metadata``) for a database served under the name ``database``
    (the file name without its suffix)."""
    tables = {
        "quotes": {
            "title": "Quotes", "description": "One row per quotation or reported claim: who "
            "said what, where and when. Search the words, speakers and roles accents aside "
            "(securite finds sécurité).",
            "columns": QUOTE_COLUMNS, "facets": ["speaker", "outlet", "date", "group_id"],
            "sort_desc": "date", "label_column": "quote",
        },
        "articles": {
            "title": "Articles", "description": "The articles quotes were found in; "
            "content_hash changes when an article's records do (a later run replaced them).",
            "columns": {"id": "article id", "source": "file (and line) it was read from",
                        "quotes": "quotes found in it", "content_hash": "hash of its records"},
            "facets": ["outlet", "date"], "label_column": "title",
        },
        "speakers": {
            "title": "Speakers", "description": "One row per speaker name, with the kind and "
            "gender most of their quotes give and how often and where they are quoted.",
            "columns": {"quotes": "number of quotes", "articles": "articles quoting them",
                        "outlets": "outlets quoting them"},
            "facets": ["kind", "gender"], "sort_desc": "quotes", "label_column": "name",
        },
        "groups": {
            "title": "Groups", "description": "The same utterance reported by several "
            "articles: the longest wording, the outlets, and every wording (appearances: "
            "outlet, date, words, relation to the longest). Its quotes are listed below a "
            "group's page.",
            "columns": {"representative_text": "the longest wording",
                        "appearances": "each article's wording, relation and similarity (JSON)",
                        "first_date": "date of the earliest dated article"},
            "facets": ["speaker", "num_outlets"], "sort_desc": "num_outlets",
            "label_column": "representative_text",
        },
        "problems": {
            "title": "Problems", "description": "What could not be read or extracted: "
            "unreadable files, unclosed quotation marks, failed pages.",
            "facets": ["severity", "stage"],
        },
    }
    queries = {
        "quotes_of_one_group": {
            "title": "Quotes of one group across outlets",
            "description": "Every outlet's wording of one utterance, side by side by date "
            "(give a group_id from the quotes or groups table).",
            "sql": GROUP_QUOTES.strip(),
        },
        "most_quoted_by_gender": {
            "title": "Who is quoted most, by gender",
            "description": "Speakers ranked by number of quotes within each gender, each "
            "under the gender most of their quotes give (unknown: groups, organisations, "
            "unresolved or unsaid).",
            "sql": MOST_QUOTED.strip(),
        },
    }
    return {
        "title": "quotes: who said what",
        "description": "Quotations and reported speech found in French news by quotes.",
        "databases": {database: {"tables": tables, "queries": queries}},
    }
