"""Reference-free collation: clusters of shared quotations, their consensus, and the apparatus."""

from __future__ import annotations

from dataclasses import replace

import pytest

from qdiff.collate.apparatus import OMITTED, build_apparatus
from qdiff.collate.collate import collate
from qdiff.collate.consensus import Witness, consensus_text
from qdiff.config import Config
from qdiff.model import Article, Corpus, EditKind, Finding, Report, Span, Verdict
from qdiff.pipeline.compare import compare
from qdiff.text import is_marker, tokenize

CORBYN = "000_6a5c37876d70fb0b", "001_68a864a3ec0d8669"
LETTER_SPEAKER = "Iain Duncan Smith"


@pytest.fixture(scope="module")
def collated(seed_config: Config, seed_corpus: Corpus) -> Report:
    return compare(replace(seed_config, reference=None), seed_corpus)


def witness(text: str, quoted: bool = True) -> Witness:
    tokens = tuple(t for t in tokenize(text) if not is_marker(t))
    return Witness(tokens, text, len(text), quoted)


def findings_of(report: Report, words: str) -> tuple[Finding, ...]:
    (passage,) = [p for p in report.passages if words in p.text]
    return report.findings_for(passage.id)


class TestSeeds:
    def test_every_passage_is_a_consensus(self, collated: Report) -> None:
        assert collated.reference is None
        assert collated.passages and all(p.consensus for p in collated.passages)

    def test_each_letter_sentence_is_one_passage_with_every_gold_rendering(
        self, collated: Report, gold: dict
    ) -> None:
        """Verdicts as the gold's, except where the outlets' majority differs from the letter."""
        majority_differs = {("too-often-pressured", "002_532c4fb0224eba5a")}
        for gold_passage in gold["passages"]:
            renderings = [r for r in gold_passage["renderings"] if not r.get("fragment")]
            holders = set()
            for gold_rendering in renderings:
                text = collated.article(gold_rendering["article"]).text
                start = text.find(gold_rendering["rendering"])
                span = Span(start, start + len(gold_rendering["rendering"]))
                (found,) = [
                    f
                    for f in collated.findings
                    if f.rendering.article_id == gold_rendering["article"]
                    and f.rendering.span.overlaps(span)
                ]
                holders.add(found.rendering.passage_id)
                if (gold_passage["id"], gold_rendering["article"]) not in majority_differs:
                    assert found.verdict.value == gold_rendering["verdict"], gold_rendering
            assert len(holders) == 1, gold_passage["id"]

    def test_corbyn_quotation_is_one_passage_with_three_renderings(self, collated: Report) -> None:
        findings = findings_of(collated, "The Chancellor has failed the British people.")
        assert sorted(f.rendering.article_id for f in findings) == [CORBYN[0], CORBYN[1], CORBYN[1]]
        assert {f.rendering.speaker for f in findings} == {"Jeremy Corbyn"}
        assert findings[0].rendering.text.endswith("and resign,")

    def test_credibility_line_is_shared_wording(self, collated: Report) -> None:
        """001 quotes it; 000 paraphrases it outside quotation marks, 'our' become 'the'."""
        findings = findings_of(collated, "lost the credibility to manage the economy")
        by_article = {f.rendering.article_id: f for f in findings}
        assert set(by_article) == set(CORBYN)
        assert by_article[CORBYN[1]].rendering.quoted
        assert not by_article[CORBYN[0]].rendering.quoted
        assert by_article[CORBYN[0]].verdict is Verdict.ALTERED
        assert [(e.reference.strip(), e.rendering.strip()) for e in by_article[CORBYN[0]].edits][
            -1:
        ] == [("our", "the")]

    def test_letter_quotations_are_attributed_to_duncan_smith(self, collated: Report) -> None:
        for words in ("a compromise too far", "defensible in narrow terms", "unable to watch"):
            speakers = {
                f.rendering.speaker for f in findings_of(collated, words) if f.rendering.quoted
            }
            assert speakers == {LETTER_SPEAKER}, words

    def test_edits_name_the_outlets_that_share_them(self, collated: Report) -> None:
        findings = findings_of(collated, "unable to watch passively")
        hyphen = {e.outlets for f in findings for e in f.edits if e.kind is EditKind.HYPHENATION}
        assert hyphen == {("002_532c4fb0224eba5a", "003_2ea4bb40d2f84377")}

    def test_with_a_reference_shared_quotes_follow_the_reference_passages(
        self, seed_report: Report
    ) -> None:
        consensus = [p for p in seed_report.passages if p.consensus]
        reference = [p for p in seed_report.passages if not p.consensus]
        assert seed_report.passages == (*reference, *consensus)
        assert [p.text[:30] for p in consensus] == [
            "reveals a Government in disarr",
            "The Chancellor has failed the ",
        ]


class TestClustering:
    ARTICLES = (
        'The minister said: "We will not cut a single penny from the disability budget this year."',
        'He told reporters: "We will not cut a penny from the disability budget this year."',
        'In a statement, she said "we will not cut a single penny from the disability budget."',
        "The weather was fine and the match went ahead as planned on the day.",
    )

    def collate_all(self, texts=ARTICLES):
        articles = [Article(f"a{n}", f"A{n}", f"a{n}.txt", t) for n, t in enumerate(texts)]
        return collate(articles, min_words=6)

    def test_partial_overlaps_join_one_cluster(self) -> None:
        passages, findings = self.collate_all()
        assert len(passages) == 1
        assert sorted(f.rendering.article_id for f in findings) == ["a0", "a1", "a2"]

    def test_a_third_quote_sharing_opening_words_does_not_sink_a_cluster(self) -> None:
        """`I believe that point is now.` (two outlets) survives a third outlet's `I believe that
        the problem starts at the top`, which shares only its first three words."""
        passages, findings = self.collate_all(
            (
                'He said: "Enough is enough.\n\n"I believe that point is now."',
                '"We conclude that enough is enough," he said. "I believe that point is now."',
                'Mr Javid spoke. "I believe that the problem starts at the top," he said.',
            )
        )
        (passage,) = [p for p in passages if p.text.startswith("I believe that point")]
        held = {f.rendering.article_id for f in findings if f.rendering.passage_id == passage.id}
        assert held == {"a0", "a1"}

    def test_a_sentence_run_together_does_not_merge_two_passages(self) -> None:
        """One outlet runs two sentences together that two others keep apart: two passages."""
        first = "It is clearly now the will of the party that there should be a new leader"
        second = "I have agreed with the chairman that the choosing of that leader begins now"
        passages, _ = self.collate_all(
            (
                f'He said: "{first}. {second}."',
                f'The PM said: "{first}." He added: "{second}."',
                f'"{first} and {second}," he said.',
            )
        )
        assert sorted(p.text[:20] for p in passages) == [
            "I have agreed with t",
            "It is clearly now th",
        ]

    def test_sentences_quoted_back_to_back_are_one_passage(self) -> None:
        """Two outlets quote two sentences together, a third runs them into one: one passage,
        and the faithful outlets are verbatim."""
        passages, findings = self.collate_all(
            (
                "“I know what this job takes. And I know that I have not enough left to do it.”",
                "“I know what this job takes. And I know that I have not enough left to do it,”"
                " she said.",
                "“I know what this job takes, and I know that I have not enough left to do it.”",
            )
        )
        (passage,) = passages
        assert passage.text.startswith("I know what this job takes. And I know")
        verdicts = {f.rendering.article_id: f.verdict for f in findings}
        assert verdicts == {"a0": Verdict.VERBATIM, "a1": Verdict.VERBATIM, "a2": Verdict.COSMETIC}

    def test_elided_and_trimmed_renderings_join_the_full_ones(self) -> None:
        """`came together … and we braved` and `We came together` join `But we came together
        as Americans, and we braved through it.`: the cut and the dropped `But` trim it."""
        full = "But we came together as Americans, and we braved through it."
        passages, findings = self.collate_all(
            (
                f"“{full}” Biden said.",
                f'He wrote: "{full}"',
                "“We came together as Americans, and we braved through it,” Biden said.",
                "Biden noted that Americans “came together … and we braved through it.”",
            )
        )
        assert len(passages) == 1
        verdicts = [f.verdict for f in sorted(findings, key=lambda f: f.rendering.article_id)]
        assert verdicts == [Verdict.VERBATIM, Verdict.VERBATIM, Verdict.TRIMMED, Verdict.TRIMMED]

    def test_a_shared_opening_phrase_does_not_join_two_sentences(self) -> None:
        """`But I am not leaving because it was hard.` and `I am not leaving because I believe we
        can win` share five words and are two passages."""
        hard = "But I am not leaving because it was hard."
        win = "I am not leaving because I believe we cannot win but because I believe we can."
        passages, _ = self.collate_all((f'"{hard}" "{win}"', f'"{hard}"', f'She said: "{win}"'))
        assert sorted(p.text for p in passages) == sorted([hard, win])

    def test_a_partial_quote_at_a_sentence_end_stays_in_its_sentence(self) -> None:
        """`soul of America was at stake,` renders the first sentence only, and the second
        sentence (which also ends `was at stake`) is a passage of its own."""
        one = "I ran for president because I believed that the soul of America was at stake."
        two = "The very nature of who we are was at stake."
        passages, _ = self.collate_all(
            (
                f'"{one} {two}" he added.',
                f'He said: "{one} {two}"',
                f'He ran because the "soul of America was at stake," he said. "{two}"',
            )
        )
        assert sorted(p.text for p in passages) == sorted([one, two])

    def test_a_splice_across_an_interruption_is_named(self) -> None:
        """`"Four years ago," he writes, "we were in the grip..."` joins the start of one
        sentence to the next: a splice from the first passage, and no part of the base."""
        one = "Four years ago, we stood in a winter of peril and a winter of possibilities."
        two = "We were in the grip of the worst pandemic in a century and of an attack."
        passages, findings = self.collate_all(
            (
                f'"{one} {two}" Biden said.',
                f'Biden recalled: "{one}" He added: "{two}"',
                f'"Four years ago," he writes, "{two[0].lower()}{two[1:]}"',
            )
        )
        assert sorted(p.text for p in passages) == sorted([one, two])
        spliced = next(f for f in findings if f.rendering.article_id == "a2")
        assert spliced.verdict is Verdict.ALTERED
        (splice,) = [e for e in spliced.edits if e.kind is EditKind.SPLICE]
        assert splice.words == ("", "Four years ago")
        assert splice.source == next(p.id for p in passages if p.text == one)

    def test_a_short_paraphrase_does_not_bridge_two_quotations(self) -> None:
        """An unquoted `don't have enough in the tank` shares words with two quotations; it
        joins neither, and the two stay apart."""
        one = "And I know that I no longer have enough in the tank to do it justice."
        two = "I just don't have enough in the tank for another four years."
        passages, _ = self.collate_all(
            (
                f'"{one}" she said.',
                f'She said: "{one}"',
                f'"{two}" she said.',
                f'Later: "{two}"',
                "She knows she doesn't have enough in the tank, an aide said.",
            )
        )
        assert sorted(p.text for p in passages) == sorted([one, two])

    def test_a_paraphrase_does_not_shape_the_base(self) -> None:
        """`..., he added.` after a paraphrase is the reporter's: the base is the quotation."""
        passages, findings = self.collate_all(
            (
                '"This is something that should concern us all," Tedros told reporters.',
                "WHO warned that this is something that should concern us all, he added.",
            )
        )
        (passage,) = passages
        assert passage.text == "This is something that should concern us all."
        assert {f.rendering.article_id: f.verdict for f in findings} == {
            "a0": Verdict.VERBATIM,
            "a1": Verdict.VERBATIM,
        }

    def test_short_sentences_quoted_together_are_one_passage(self) -> None:
        """`You have no remorse. There are no mitigating factors.`: under six words each."""
        both = "You have no remorse. There are no mitigating factors."
        passages, findings = self.collate_all(
            (f'The judge said: "{both}"', f'"{both}" she told her.', f'He heard: "{both}"')
        )
        assert [p.text for p in passages] == [both]
        assert {f.verdict for f in findings} == {Verdict.VERBATIM}

    def test_a_new_sentence_after_attribution_is_another_quotation(self) -> None:
        """`"...arguments," he said but added that: "In politics ..."`: the second piece starts
        a sentence of its own, so the first is a trimmed rendering, not an altered one."""
        full = "I regret not to have been successful in those arguments and it is painful to go."
        _, findings = self.collate_all(
            (
                f'"{full}" he said.',
                f'He said: "{full}"',
                '"I regret not to have been successful in those arguments," he said but added'
                ' that: "In politics, no one is remotely indispensable."',
            )
        )
        verdicts = {f.rendering.article_id: f.verdict for f in findings}
        assert verdicts["a2"] is Verdict.TRIMMED

    def test_partial_quotes_one_word_apart_are_one_passage(self) -> None:
        """`no longer has enough in the tank` and `no longer had ...`: four exact trigram words,
        six of seven words in order."""
        passages, findings = self.collate_all(
            (
                'She said she "no longer has enough in the tank".',
                'She felt she "no longer had enough in the tank", aides said.',
                'She "no longer has enough in the tank," she said.',
            )
        )
        assert [p.text for p in passages] == ["no longer has enough in the tank."]
        assert sorted(f.verdict for f in findings) == sorted(
            [Verdict.VERBATIM, Verdict.VERBATIM, Verdict.ALTERED]
        )

    def test_a_quotation_nobody_shares_is_no_passage(self) -> None:
        passages, _ = self.collate_all(
            ('"Nobody else quotes this sentence of mine at all," he said.', "Unrelated text.")
        )
        assert passages == ()

    def test_majority_reading_is_the_base(self) -> None:
        passages, findings = self.collate_all()
        assert (
            passages[0].text
            == "We will not cut a single penny from the disability budget this year."
        )
        verdicts = {f.rendering.article_id: f.verdict for f in findings}
        assert verdicts["a0"] is Verdict.VERBATIM
        assert verdicts["a1"] is Verdict.ALTERED  # 'single' dropped: its departure alone
        assert verdicts["a2"] is Verdict.TRIMMED  # case aside, stops before 'this year'


class TestConsensus:
    def test_most_shared_reading_wins(self) -> None:
        text = consensus_text(
            [
                witness("the cuts were a compromise too far"),
                witness("the cuts were a step too far"),
                witness("the cuts were a compromise too far"),
            ]
        )
        assert text == "the cuts were a compromise too far."

    def test_longer_reading_wins_a_tie(self) -> None:
        """`the balance of the cuts` against `the balance of cuts`: the longer one."""
        text = consensus_text(
            [
                witness("look again at the balance of cuts you insisted upon"),
                witness("look again at the balance of the cuts you insisted upon"),
            ]
        )
        assert text == "look again at the balance of the cuts you insisted upon."

    def test_a_truncated_witness_abstains_where_it_is_silent(self) -> None:
        text = consensus_text(
            [
                witness("I have for some time come to believe the changes went too far"),
                witness("come to believe the changes went too far"),
                witness("come to believe the changes went too far"),
            ]
        )
        assert text.startswith("I have for some time")

    def test_a_changed_run_is_voted_on_whole(self) -> None:
        """`I've` (two outlets) against `I have` (one): the run wins or loses as one reading."""
        text = consensus_text(
            [
                witness("I’ve agreed with Sir Graham Brady that the process should begin now"),
                witness("I’ve agreed with Sir Graham Brady that the process should begin now"),
                witness("I have agreed with Sir Graham Brady that the process should begin now"),
            ]
        )
        assert text.startswith("I’ve agreed with")

    def test_no_reading_is_made_of_two(self) -> None:
        """`tightrope` against `tight rope`: one outlet's reading, never `tightrope rope`; with
        two outlets differing in three places, the base is one of them as printed, whatever
        their order."""
        one = witness("Treading the tightrope between loyalty and integrity has become impossible")
        two = witness("But treading the tight rope between loyalty and integrity is impossible")
        text = consensus_text([one, two])
        assert "tightrope rope" not in text
        assert text == "But treading the tight rope between loyalty and integrity is impossible."
        assert consensus_text([two, one]) == text

    def test_a_tie_of_equal_length_keeps_a_printed_reading(self) -> None:
        """One outlet's typo against another's word: the base is one outlet's text as printed."""
        texts = [
            "the cuts were made in Westminster this week by the government",
            "the cuts were made in Westminister this week by the government",
        ]
        assert consensus_text([witness(t) for t in texts]).rstrip(".") in texts

    def test_a_capitalised_first_word_does_not_vote_inside_the_base(self) -> None:
        """Three outlets start at `Treading`, one at `But treading`: the base has `But treading`."""
        texts = ["Treading the tightrope between loyalty and integrity is impossible"] * 3
        text = consensus_text(
            [witness(t) for t in texts]
            + [witness("But treading the tightrope between loyalty and integrity is impossible")]
        )
        assert text.startswith("But treading the tightrope")

    def test_an_ellipsis_is_never_part_of_the_base(self) -> None:
        text = consensus_text(
            [witness("But we came together..., and we braved through it, he wrote")] * 2
        )
        assert "..." not in text and "…" not in text

    def test_capitals_follow_a_strict_majority_or_the_medoid(self) -> None:
        """Two outlets split on each of two words' capitals: the base keeps one outlet's casing,
        not `Emergency committee` from the two."""
        text = consensus_text(
            [
                witness("Today the Emergency Committee met and advised me that it is serious"),
                witness("Today the emergency committee met and advised me that it is serious"),
            ]
        )
        assert "Emergency committee" not in text and "emergency Committee" not in text

    def test_punctuation_follows_the_majority(self) -> None:
        text = consensus_text(
            [
                witness("emphasis on money-saving exercises and not enough"),
                witness("emphasis on money saving exercises and not enough"),
                witness("emphasis on money saving exercises and not enough", quoted=False),
            ]
        )
        assert "money saving" in text


class TestApparatus:
    def test_variants_stand_after_their_lemma(self, seed_report: Report) -> None:
        (entry,) = [
            a for a in build_apparatus(seed_report) if a.passage.id == "i-hope-as-the-government"
        ]
        (variant,) = entry.variants
        assert (variant.reading, variant.articles) == (OMITTED, ("003_2ea4bb40d2f84377",))
        assert entry.passage.text[variant.start : variant.end] == "the"
        assert entry.passage.text[: variant.end].endswith("balance of the")

    def test_shared_variant_lists_every_outlet(self, seed_report: Report) -> None:
        (entry,) = [
            a
            for a in build_apparatus(seed_report)
            if a.passage.id == "while-they-are-defensible-in"
        ]
        budget = [v for v in entry.variants if v.reading == "budget"]
        assert [v.articles for v in budget] == [("000_6a5c37876d70fb0b", "001_68a864a3ec0d8669")]
        assert all(v.kind is not EditKind.TRUNCATION for v in entry.variants)


class TestTies:
    """One reading against one: the base is one outlet's words, and the edit accuses nobody."""

    HONOURED = "I am honoured to have served this club for nine wonderful years"

    def collate_texts(self, *quotations: str):
        articles = [
            Article(f"a{n}", f"A{n}", f"a{n}.txt", f'The manager said: "{q}."\n')
            for n, q in enumerate(quotations)
        ]
        return collate(articles, min_words=6)

    def test_two_outlets_differing_once_are_a_tie_naming_the_other(self) -> None:
        passages, findings = self.collate_texts(
            self.HONOURED, self.HONOURED.replace("wonderful", "marvellous")
        )
        assert len(passages) == 1
        by_article = {f.rendering.article_id: f for f in findings}
        (edit,) = [e for f in findings for e in f.edits if e.kind is EditKind.SUBSTITUTION]
        assert edit.tie and edit.tie_with == (next(a for a in by_article if a not in edit.outlets),)
        differing = next(f for f in findings if f.verdict is Verdict.ALTERED)
        assert differing.differs_from == edit.tie_with

    def test_a_lone_extra_word_most_outlets_lack_loses_and_is_no_tie(self) -> None:
        """`I am certainly honoured` against two `I am honoured`: the extra word is one outlet's."""
        extra = self.HONOURED.replace("am honoured", "am certainly honoured")
        passages, findings = self.collate_texts(extra, self.HONOURED, self.HONOURED)
        assert "certainly" not in passages[0].text
        (altered,) = [f for f in findings if f.verdict is Verdict.ALTERED]
        assert altered.rendering.article_id == "a0"
        assert not any(e.tie for e in altered.edits) and altered.differs_from == ()

    def test_two_against_two_is_a_tie_too(self) -> None:
        other = self.HONOURED.replace("wonderful", "marvellous")
        _, findings = self.collate_texts(self.HONOURED, other, self.HONOURED, other)
        altered = [f for f in findings if f.verdict is Verdict.ALTERED]
        assert len(altered) == 2
        assert all(len(f.differs_from) == 2 for f in altered)

    def test_a_witness_typo_never_becomes_the_base_of_a_tie(self) -> None:
        """`Westminister` (no such word) against `Westminster`: the real word is the base."""
        texts = [
            "the cuts were made in Westminister this week by the government",
            "the cuts were made in Westminster this week by the government",
        ]
        for pair in (texts, texts[::-1]):
            assert "Westminster this" in consensus_text([witness(t) for t in pair])

    def test_the_fuller_witness_is_the_base_whatever_the_order(self) -> None:
        short = "look again at the balance of cuts you insisted upon"
        full = "look again at the balance of the cuts you insisted upon"
        for pair in ([short, full], [full, short]):
            assert consensus_text([witness(t) for t in pair]) == full + "."
