"""check_against_witnesses: each checked quotation judged against the other articles."""

from __future__ import annotations

from qdiff.config import Config
from qdiff.model import Article, Basis, Corpus, EditKind, Finding, Verdict
from qdiff.pipeline.witnesses import check_against_witnesses

QUOTE = "We will never give up on the people of this country, whatever it takes."


def article(n: int, quote: str, lead: str = "The minister said:") -> Article:
    return Article(f"a{n}", f"outlet{n}", f"/news/a{n}.txt", f'{lead} "{quote}"\n')


def judged(checked: Article, *witnesses: Article) -> list[Finding]:
    report = check_against_witnesses(
        Config(), Corpus((checked, *witnesses), ()), Corpus((checked,), ())
    )
    return list(report.findings)


def only(checked: Article, *witnesses: Article) -> Finding:
    (finding,) = judged(checked, *witnesses)
    return finding


class TestOneWitnessIsEnough:
    def test_a_faithful_copy_of_the_one_witness_is_verbatim(self) -> None:
        finding = only(article(1, QUOTE), article(2, QUOTE))
        assert finding.verdict is Verdict.VERBATIM
        assert finding.evidence is not None and finding.evidence.basis is Basis.SINGLE

    def test_a_changed_word_against_the_one_witness_is_altered(self) -> None:
        finding = only(article(1, QUOTE.replace("will", "would")), article(2, QUOTE))
        assert finding.verdict is Verdict.ALTERED
        assert [(e.kind, e.words) for e in finding.edits] == [
            (EditKind.SUBSTITUTION, ("will", "would"))
        ]

    def test_nothing_to_judge_against_is_unjudged(self) -> None:
        report = check_against_witnesses(
            Config(),
            Corpus((article(1, QUOTE), article(2, "Something else entirely was said today.")), ()),
            Corpus((article(1, QUOTE),), ()),
        )
        assert report.findings == ()
        (tally,) = report.tallies
        assert (tally.quotations, tally.judged, tally.unjudged) == (1, 0, 1)


class TestSeveralWitnesses:
    def test_agreeing_with_one_witness_is_never_a_fault(self) -> None:
        """`would` against one `will` and one `would`: disputed, a warning, never altered."""
        other = QUOTE.replace("will", "would")
        finding = only(article(1, other), article(2, QUOTE), article(3, other))
        assert finding.verdict is Verdict.VERBATIM
        assert finding.evidence is not None
        (place,) = finding.evidence.disputes
        assert place.checked == "would" and place.agreeing == ("a3",)

    def test_the_majority_with_the_article_settles_it(self) -> None:
        odd = QUOTE.replace("will", "would")
        finding = only(article(1, QUOTE), article(2, QUOTE), article(3, QUOTE), article(4, odd))
        assert finding.verdict is Verdict.VERBATIM
        assert finding.evidence is not None and finding.evidence.places == ()

    def test_a_reading_no_witness_has_is_the_fault_even_where_they_differ(self) -> None:
        checked = QUOTE.replace("will", "shall")
        finding = only(
            article(1, checked),
            article(2, QUOTE),
            article(3, QUOTE),
            article(4, QUOTE.replace("will", "would")),
        )
        assert finding.verdict is Verdict.ALTERED
        assert finding.edits[0].words == ("will", "shall")  # the most shared reading
        assert finding.evidence is not None
        (place,) = finding.evidence.places
        assert not place.disputed and [r.articles for r in place.readings] == [
            ("a2", "a3"),
            ("a4",),
        ]

    def test_a_witness_typo_is_no_evidence_against_the_right_word(self) -> None:
        finding = only(article(1, QUOTE), article(2, QUOTE.replace("people", "poeple")))
        assert finding.verdict is Verdict.VERBATIM

    def test_a_witness_s_mis_decoded_glyph_is_no_evidence(self) -> None:
        """`Iβm` against `I’m`: the witness page's encoding, not a word it reads."""
        quote = "I’m leaving, because with such a privileged role comes responsibility."
        finding = only(article(1, quote), article(2, quote.replace("I’m", "Iβm")))
        assert finding.verdict is Verdict.VERBATIM

    def test_a_witness_cut_vouches_for_nothing_there(self) -> None:
        """A witness that elides words does not make the article's words a change."""
        cut = "We will never give up on the people … whatever it takes."
        finding = only(article(1, QUOTE.replace("country", "nation")), article(2, cut))
        assert finding.verdict is Verdict.VERBATIM

    def test_a_word_the_witness_typed_twice_vouches_for_nothing(self) -> None:
        """`the the people`: the witness's slip does not make the article's `the` a cut."""
        finding = only(article(1, QUOTE), article(2, QUOTE.replace("the people", "the the people")))
        assert finding.verdict is Verdict.VERBATIM

    def test_a_word_the_article_types_twice_is_still_its_fault(self) -> None:
        doubled = QUOTE.replace("the people", "the the people")
        finding = only(article(1, doubled), article(2, QUOTE))
        assert finding.verdict is Verdict.ALTERED

    def test_the_article_s_gloss_in_parentheses_is_no_added_word(self) -> None:
        """`this country (Britain)`: an outlet explains a word; the speaker's words stand."""
        glossed = QUOTE.replace("this country,", "this country (Britain),")
        finding = only(article(1, glossed), article(2, QUOTE))
        assert finding.verdict is not Verdict.ALTERED

    def test_a_witness_s_gloss_in_parentheses_is_no_evidence_of_a_cut(self) -> None:
        glossed = QUOTE.replace("this country,", "this country (Britain),")
        finding = only(article(1, QUOTE), article(2, glossed))
        assert finding.verdict is Verdict.VERBATIM

    def test_a_different_first_word_is_a_change(self) -> None:
        finding = only(article(1, "Leave" + QUOTE[2:]), article(2, QUOTE))
        assert finding.verdict is Verdict.ALTERED


class TestSplitWitnesses:
    """Witnesses that split over neighbouring words: the article's reading may combine theirs."""

    def verdict(self, checked: str, *witnesses: str) -> Finding:
        return only(
            article(1, QUOTE.replace("on the people", checked)),
            *(article(n, QUOTE.replace("on the people", w)) for n, w in enumerate(witnesses, 2)),
        )

    def test_each_word_read_by_some_witness_is_disputed(self) -> None:
        """`on the` against `for`, `for the`, `on`, `for`: `on` and `the` each have a witness."""
        finding = self.verdict(
            "on the people", "for people", "for the people", "on people", "for people"
        )
        assert finding.verdict is Verdict.VERBATIM
        assert finding.evidence is not None
        (place,) = finding.evidence.places
        assert place.disputed and set(place.agreeing) == {"a3", "a4"}

    def test_a_majority_reading_is_not_answered_by_a_chance_word(self) -> None:
        """Three of five read `for`: the one `for the` only happens to share `the`."""
        finding = self.verdict(
            "on the people",
            "for people",
            "for people",
            "for people",
            "for the people",
            "on people",
        )
        assert finding.verdict is Verdict.ALTERED

    def test_reading_both_alternatives_adds_a_word(self) -> None:
        """`on for` against `upon`, `on` and `for`: each word has a witness, but together they
        are a word more than any witness reads there."""
        finding = self.verdict(
            "on for the people", "upon the people", "on the people", "for the people"
        )
        assert finding.verdict is Verdict.ALTERED


OTHER = "Nobody in this room should doubt our resolve to finish the job we started."


def two_quotes(n: int, first: str | None, second: str | None) -> Article:
    """An article quoting either or both of two statements, a paragraph each."""
    lines = [f'The minister said: "{q}"' for q in (first, second) if q is not None]
    return Article(f"a{n}", f"outlet{n}", f"/news/a{n}.txt", "\n".join(lines) + "\n")


class TestLoneWitnessThatDepartsElsewhere:
    """One witness alone against the article proves nothing when it misquotes elsewhere."""

    ALTERED_OTHER = OTHER.replace("finish", "end")

    def test_a_lone_witness_that_departs_from_two_others_is_doubted(self) -> None:
        """`gave up` against its `give up`: a careless copy may have slipped a letter here too
        (as `for the past eight years` against another copy's `last`)."""
        finding = only(
            article(1, QUOTE.replace("give", "gave")),
            two_quotes(2, QUOTE, self.ALTERED_OTHER),
            two_quotes(3, None, OTHER),
            two_quotes(4, None, OTHER),
        )
        assert finding.verdict is Verdict.VERBATIM
        assert finding.evidence is not None
        (place,) = finding.evidence.places
        assert place.doubted and place.disputed and place.agreeing == ()

    def test_a_wholly_other_word_is_no_slip_of_a_careless_witness(self) -> None:
        """`shall` against its `will`, or a misquote's `never` against its `people`: not a
        letter or two away, so no slip of its own; the article's change."""
        finding = only(
            article(1, QUOTE.replace("will", "shall")),
            two_quotes(2, QUOTE, self.ALTERED_OTHER),
            two_quotes(3, None, OTHER),
            two_quotes(4, None, OTHER),
        )
        assert finding.verdict is Verdict.ALTERED

    def test_a_lone_witness_that_departs_from_no_one_is_believed(self) -> None:
        finding = only(
            article(1, QUOTE.replace("will", "shall")),
            two_quotes(2, QUOTE, OTHER),
            two_quotes(3, None, OTHER),
            two_quotes(4, None, OTHER),
        )
        assert finding.verdict is Verdict.ALTERED

    def test_one_against_one_elsewhere_is_no_departure(self) -> None:
        """The witness differs from one other article only: nobody can tell which is right."""
        finding = only(
            article(1, QUOTE.replace("will", "shall")),
            two_quotes(2, QUOTE, self.ALTERED_OTHER),
            two_quotes(3, None, OTHER),
        )
        assert finding.verdict is Verdict.ALTERED

    def test_words_the_article_lacks_are_shown_by_any_witness(self) -> None:
        """A witness that has words the article drops shows them, however it quotes elsewhere."""
        finding = only(
            article(1, QUOTE.replace("never give up", "never up")),
            two_quotes(2, QUOTE, self.ALTERED_OTHER),
            two_quotes(3, None, OTHER),
            two_quotes(4, None, OTHER),
        )
        assert finding.verdict is Verdict.ALTERED


class TestShortQuotations:
    def test_a_quotation_short_of_six_words_as_a_reader_counts_them_is_not_judged(self) -> None:
        """`not reaction to short-term pressures`: six tokens, five words, no quotation."""
        short = article(1, "not reaction to short-term pressures")
        report = check_against_witnesses(
            Config(),
            Corpus((short, article(2, "not a reaction to short-term pressures")), ()),
            Corpus((short,), ()),
        )
        assert report.findings == ()
        assert report.tallies[0].quotations == 0


class TestStableIdentity:
    def test_the_passage_id_comes_from_the_quotation_itself(self) -> None:
        """The same quotation has the same id whatever the witnesses print."""
        ids = {
            only(article(1, QUOTE), article(2, witness)).rendering.passage_id
            for witness in (QUOTE, QUOTE.replace("We will", "We would"), QUOTE[10:])
        }
        assert ids == {"we-will-never-give-up"}

    def test_the_rendering_is_the_whole_quoted_sentence(self) -> None:
        """A witness quoting from the middle does not make the checked quotation start there."""
        finding = only(article(1, QUOTE), article(2, "never give up on the people of this country"))
        assert finding.rendering.column == len('The minister said: "') + 1
        assert finding.verdict is Verdict.VERBATIM

    def test_a_paraphrase_is_no_witness(self) -> None:
        paraphrase = Article(
            "a2",
            "outlet2",
            "/news/a2.txt",
            "He said they would never give up on the people of this country.\n",
        )
        report = check_against_witnesses(
            Config(),
            Corpus((article(1, QUOTE), paraphrase), ()),
            Corpus((article(1, QUOTE),), ()),
        )
        assert report.findings == ()


def test_percent_spelled_out_against_the_sign_is_no_fault() -> None:
    """`10 percent` in the checked article, `10%` in the witness: number style."""
    checked = article(1, "Our sales fell by 10 percent in the year to March, and we must act.")
    witness = article(2, "Our sales fell by 10% in the year to March, and we must act.")
    assert only(checked, witness).verdict is not Verdict.ALTERED


class TestWhichRenderingOfAWitness:
    def test_the_sentence_itself_beats_a_longer_one_opening_the_same_way(self) -> None:
        """A page printing the sentence and a longer one sharing its words renders it with the
        sentence itself, not with the longer one."""
        quote = "In the past two weeks, the number of cases outside the region has tripled."
        longer = (
            "In the days and weeks ahead, we expect to see the number of cases, the number"
            " of deaths and the number of affected regions climb higher."
        )
        witness = Article(
            "a2",
            "outlet2",
            "/news/a2.txt",
            f'The director said: "{quote}"\nHe added: "{longer}"\n',
        )
        finding = only(article(1, quote), witness)
        assert finding.verdict is Verdict.VERBATIM
        assert finding.evidence is not None and finding.evidence.places == ()


def test_a_number_sign_spelled_out_is_no_fault() -> None:
    """`my No. 1 priority` against `my #1 priority`: number style (Iger, Disney)."""
    checked = article(
        1, "There’s a lot to accomplish, but let me be clear, this is my #1 priority,"
    )
    witness = article(
        2, "There’s a lot to accomplish but let me be clear, this is my No. 1 priority,"
    )
    assert only(checked, witness).verdict is not Verdict.ALTERED
    assert only(witness, checked).verdict is not Verdict.ALTERED


class TestOneWitnessAgainstOne:
    """One witness alone covers the place: either copy may have it wrong, so only words of
    meaning the article lacks, or one real word changed as the copies' only difference, fail."""

    OSAKA = (
        "Anyone that knows me knows {that}I’m introverted, and anyone that has seen me at"
        " {the}tournaments will notice that I’m often wearing headphones"
    )

    def test_grammar_words_added_and_dropped_warn(self) -> None:
        """AP's `knows I’m ... at the tournaments` against `knows that I’m ... at tournaments`."""
        checked = article(1, self.OSAKA.format(that="", the="the "))
        witness = article(2, self.OSAKA.format(that="that ", the=""))
        finding = only(checked, witness)
        assert finding.verdict is Verdict.VERBATIM
        assert finding.evidence is not None
        assert [p.lone for p in finding.evidence.places] == [True, True]
        assert all(p.disputed for p in finding.evidence.places)

    def test_moved_words_warn(self) -> None:
        """`name right now is pretty much mud` against `name is pretty much mud right now`."""
        quote = "There is no doubt that his name {a}is pretty much mud {b}around the world,"
        checked = article(1, quote.format(a="right now ", b=""))
        witness = article(2, quote.format(a="", b="right now "))
        assert only(checked, witness).verdict is Verdict.VERBATIM

    JUDGE = "The job of a trial court judge is to apply the law to {}facts and to deal with cases."

    def test_a_word_of_meaning_the_article_lacks_fails(self) -> None:
        """`to apply the law to facts` against the witness's `to specific facts`."""
        finding = only(
            article(1, self.JUDGE.format("")), article(2, self.JUDGE.format("specific "))
        )
        assert finding.verdict is Verdict.ALTERED
        assert finding.edits[0].kind is EditKind.OMISSION

    def test_a_word_only_the_article_has_warns(self) -> None:
        finding = only(
            article(1, self.JUDGE.format("specific ")), article(2, self.JUDGE.format(""))
        )
        assert finding.verdict is Verdict.VERBATIM
        assert finding.evidence is not None and finding.evidence.places[0].lone

    REORG = (
        "This reorganization will result in a more coordinated and streamlined approach to our"
        " {}, and we are committed to running our businesses more efficiently."
    )

    def test_one_real_word_changed_fails(self) -> None:
        """A misquote against the copy it was taken from: `our practices` for `our operations`."""
        checked = article(1, self.REORG.format("practices"))
        finding = only(checked, article(2, self.REORG.format("operations")))
        assert finding.verdict is Verdict.ALTERED
        assert finding.edits[0].words == ("operations", "practices")

    def test_a_changed_grammar_word_warns(self) -> None:
        """`or whatever channel they’re on` against `on whatever channel they’re on`."""
        quote = "It was about telling the truth to people, whoever they are {} whatever channel."
        finding = only(article(1, quote.format("or")), article(2, quote.format("on")))
        assert finding.verdict is Verdict.VERBATIM

    def test_two_versions_of_a_statement_warn(self) -> None:
        """`the catastrophic loss` against `a catastrophic implosion`: several differences are
        two versions of what was said, not a slip of one copy."""
        quote = "The debris field is consistent with {} of the vessel, the admiral said today."
        checked = article(1, quote.format("a catastrophic implosion"))
        witness = article(2, quote.format("the catastrophic loss"))
        assert only(checked, witness).verdict is Verdict.VERBATIM


def test_witness_readings_that_differ_only_cosmetically_are_one() -> None:
    """`they are on` and `they’re on` are one reading: two witnesses against the article's
    `it is`, a fault, not a dispute of three readings."""
    quote = "It was about telling the truth to people, on whatever channel {} and so on."
    finding = only(
        article(1, quote.format("it is")),
        article(2, quote.format("they are on")),
        article(3, quote.format("they’re on")),
    )
    assert finding.verdict is Verdict.ALTERED
    assert finding.evidence is not None
    (place,) = finding.evidence.places
    assert not place.disputed and place.readings[0].articles == ("a2", "a3")


def test_a_printed_source_is_read_from_its_sentence_start() -> None:
    """A page printing the memo unquoted renders it from its first shared words; the changed
    first words before them (`In other countries` for `In never countries`) are still seen."""
    memo = "In {} countries, this process will take longer due to local laws and practices."
    printed = Article(
        "a2",
        "outlet2",
        "/news/a2.txt",
        "Pichai's memo to staff follows.\n"
        "We have already sent a separate email to employees in the US who are affected. "
        + memo.format("other")
        + "\n",
    )
    finding = only(article(1, memo.format("never")), printed)
    assert finding.verdict is Verdict.ALTERED
    assert finding.edits[0].words == ("other", "never")


def test_witnesses_that_are_two_versions_leave_a_split_grammar_word_disputed() -> None:
    """ABC's `whoever they are or whatever channel` against The Week's `on whatever channel`
    and a rewritten copy that has neither word: the two witnesses differ among themselves
    elsewhere in the quotation (`it's a big step` against `that's a step`), so each reading of
    the grammar word stands alone against the article's, one witness against one."""
    quote = (
        "I think that {lead} step forward for the people who watch them, whoever they are"
        " {word}whatever channel they're on, and they do so because they trust them."
    )
    finding = only(
        article(1, quote.format(lead="it's a big", word="or ")),
        article(2, quote.format(lead="it's a big", word="on ")),
        article(3, quote.format(lead="that's a", word="")),
    )
    assert finding.verdict is Verdict.VERBATIM
    assert finding.evidence is not None
    (split,) = [p for p in finding.evidence.places if p.checked == "or"]
    assert split.lone and split.disputed


def test_a_word_no_witness_has_still_fails_when_the_witnesses_agree_elsewhere() -> None:
    """`not based on his emotion`: both witnesses lack `his` (one reads `is` there) and agree
    with each other everywhere else: the article's own word, a fault."""
    quote = "The sentence is not based on {}emotion or sympathy, the judge said in court today."
    finding = only(
        article(1, quote.format("his ")),
        article(2, quote.format("is ")),
        article(3, quote.format("")),
    )
    assert finding.verdict is Verdict.ALTERED


def test_an_ampersand_for_and_is_no_fault() -> None:
    """WFLA's `114 countries, & 4,291 people` against `114 countries, and 4,291 people`."""
    quote = "There are now more than 118,000 cases in 114 countries, {} 4,291 people have died."
    checked, witness = article(1, quote.format("&")), article(2, quote.format("and"))
    assert only(checked, witness).verdict is Verdict.VERBATIM
    assert only(witness, checked).verdict is Verdict.VERBATIM
    changed = article(3, quote.format("and").replace("countries", "never"))
    assert only(changed, checked).verdict is Verdict.ALTERED


class TestAChangedWordAtTheWitnessEdge:
    """A witness whose quotation ends (or starts) one word into a change of the article's."""

    LONG = (
        "This reorganization will result in a more coordinated and streamlined approach to our"
        " {}, and we are committed to running our businesses more efficiently."
    )
    SHORT = (
        "This reorganization will result in a more coordinated and streamlined approach to our {},"
    )

    def test_a_last_word_changed_where_the_witness_stops_fails(self) -> None:
        """Good Word News stops at `approach to our operations,” said Iger`."""
        witness = Article(
            "a2", "o2", "/n/a2.txt", f"“{self.SHORT.format('operations')}” said Iger.\n"
        )
        finding = only(article(1, self.LONG.format("practices")), witness)
        assert finding.verdict is Verdict.ALTERED
        assert finding.edits[0].words == ("operations", "practices")

    def test_a_page_that_breaks_off_mid_word_is_no_change(self) -> None:
        """`but it` where the page breaks off, against `but it's not.`"""
        quote = "I keep saying to myself, I wish it could be easy for me, but {}"
        checked = Article("a1", "o1", "/n/a1.txt", f"She writes: “{quote.format('it')}\n")
        witness = article(2, quote.format("it's not. I'm torn about it."))
        assert only(checked, witness).verdict is Verdict.VERBATIM

    def test_a_fragment_that_starts_later_is_no_change(self) -> None:
        """`was not “consistently candid in his communications with the board”` against the
        article's `Was not candid in his communications with the board`: where the witness's
        fragment starts is no word of the article's changed."""
        witness = Article(
            "a2",
            "o2",
            "/n/a2.txt",
            "He was fired for not being “consistently candid in his communications with the"
            " board.”\n",
        )
        checked = article(1, "Was not candid in his communications with the board.")
        finding = only(checked, witness)
        assert finding.evidence is not None
        assert all(p.checked != "not" for p in finding.evidence.places)


def test_a_rewording_lone_witness_shows_no_dropped_word() -> None:
    """A synonym-spun copy (`My husband, Alexis, and I have scarcely ever discussed it; it’s
    almost like a forbidden subject`) is no evidence that the article dropped `almost`."""
    checked = article(
        1, "Alexis, my husband, and I have hardly talked about it; it's like a taboo topic."
    )
    spun = article(
        2,
        "My husband, Alexis, and I have scarcely ever discussed it; it's almost like a forbidden"
        " subject.",
    )
    assert only(checked, spun).verdict is not Verdict.ALTERED
    faithful = article(
        3, "Alexis, my husband, and I have hardly talked about it; it's almost like a taboo topic."
    )
    assert only(checked, faithful).verdict is Verdict.ALTERED
