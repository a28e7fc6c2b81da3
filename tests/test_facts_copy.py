"""Figures as real coverage writes them: each rule here comes from a sentence an outlet printed."""

from __future__ import annotations

from qdiff.facts.find import FactStatus, Figure, FigureKind, extract_figures, group_figures
from qdiff.model import Article


def figures_of(text: str) -> tuple[Figure, ...]:
    return extract_figures(Article("a", "A", "a.txt", text))


def only(text: str) -> Figure:
    found = figures_of(text)
    assert len(found) == 1, found
    return found[0]


def grouped(*texts: str) -> tuple:
    arts = tuple(Article(f"a{i}", f"Outlet {i}", f"a{i}.txt", t) for i, t in enumerate(texts))
    return group_figures([f for a in arts for f in extract_figures(a)], arts)


def groups_holding(groups: tuple, text: str) -> list:
    return [g for g in groups if any(f.text == text for f in g.figures)]


class TestSubjects:
    def test_a_saving_is_the_cost_cut(self) -> None:
        groups = grouped(
            "Disney plans to cut $5.5 billion in costs and lay off 7,000 employees.",
            "The company is targeting a total of $5.5 billion in savings, Iger said.",
        )
        money = [g for g in groups if g.kind is FigureKind.MONEY]
        assert [(g.status, len(g.figures)) for g in money] == [(FactStatus.AGREE, 2)]

    def test_parts_of_a_company_are_one_noun(self) -> None:
        groups = grouped(
            "Disney will now be divided into three divisions: an entertainment unit and ESPN.",
            "Disney said it would reorganize into three segments: an entertainment unit and ESPN.",
        )
        assert [(g.status, len(g.figures)) for g in groups] == [(FactStatus.AGREE, 2)]

    def test_a_participle_after_the_noun_is_not_the_subject(self) -> None:
        figure = only("It was shorter than the 15-year sentence required by federal prosecutors.")
        assert figure.subject == "sentence"

    def test_a_generic_noun_names_no_subject(self) -> None:
        figure = only("The government requested a 15-year jail time period for Holmes.")
        assert figure.subject is None


def test_a_headline_repeat_joins_its_body_figure_group() -> None:
    """An article that gives a figure in its headline and body gives one fact: the two
    clusters each copy landed in are one group."""
    groups = grouped(
        "Disney to Chop 7,000 Jobs in Hopes of Saving $5.5 Billion\n"
        "Disney announced it is slashing 7,000 jobs in the hopes of saving $5.5 billion.",
        "Disney plans to cut $5.5 billion in costs and lay off 7,000 employees.",
        "Iger announced a restructuring that will cut 7,000 jobs to achieve $5.5 billion in "
        "cost savings.",
    )
    money = [g for g in groups if g.kind is FigureKind.MONEY]
    assert len(money) == 1 and len(money[0].article_ids) == 3


class TestYears:
    def test_since_a_year_dates_when_it_began(self) -> None:
        """'held the reins since 2015' and 'joined Liverpool in 2015' date the same start."""
        figure = only("Klopp has held the reins at Anfield since 2015.")
        assert (figure.kind, figure.value, figure.unit) == (FigureKind.DATE, "2015", "year")
        groups = grouped(
            "Klopp, who has been in charge at Anfield since 2015, will leave.",
            "Klopp, who took over at Anfield in 2015, will leave.",
        )
        assert [len(g.figures) for g in groups] == [2]

    def test_a_year_before_an_abbreviated_name(self) -> None:
        assert only("She has had depression since the 2018 U.S. Open.").value == "2018"

    def test_a_season_and_its_year(self) -> None:
        assert only("She postponed her spring 2023 dates.").value == "2023"

    def test_two_different_bare_years_are_two_things(self) -> None:
        groups = grouped(
            "The DPC has been investigating Meta's transfer of personal data from the EU to "
            "the US since 2020.",
            "The law, enacted by the EU in 2018, prevents the transfer of personal user data "
            "from the EU to a third country.",
        )
        assert all(g.status is FactStatus.SINGLE for g in groups)


class TestCounts:
    def test_an_and_between_two_qualifiers(self) -> None:
        figure = only("He was convicted on seven fraud and conspiracy counts.")
        assert (figure.value, figure.unit) == (7, "counts")

    def test_an_and_between_two_counts_still_ends_the_first(self) -> None:
        assert figures_of("It left 19 children and two teachers dead.")[0].text == "19 children"

    def test_a_hyphenated_winner(self) -> None:
        figure = only("The 20-time Grand Slam-winner will retire after the Laver Cup.")
        assert (figure.value, figure.unit) == (20, "titles")

    def test_layoffs_and_souls_count_people(self) -> None:
        groups = grouped(
            "Disney said it would make 7,000 layoffs as it cuts costs.",
            "Disney said it would cut 7,000 jobs as it cuts costs.",
        )
        assert [(g.status, len(g.figures)) for g in groups] == [(FactStatus.AGREE, 2)]


class TestTimesTaken:
    def test_hours_minutes_and_seconds_are_one_time(self) -> None:
        figure = only("He won in two hours and 35 seconds.")
        assert (figure.kind, figure.value, figure.unit) == (FigureKind.DURATION, 7235, "second")
        assert only("Its orbit was 11 hours 55 minutes.").value == 42_900
        assert only("It shortened the 11 hour and 55-minute orbit.").value == 42_900

    def test_a_time_standing_alone_is_explained_by_the_next_sentence(self) -> None:
        groups = grouped(
            "McCraw spoke. One hour, 14 minutes and 8 seconds. That's how long the children "
            "waited before officers confronted the gunman.",
            "Officers waited more than an hour to confront the gunman, McCraw said, while "
            "the children waited.",
        )
        durations = [g for g in groups if g.kind is FigureKind.DURATION]
        assert [(g.status, len(g.figures)) for g in durations] == [(FactStatus.HEDGED, 2)]

    def test_an_hour_is_one_only_after_a_hedge(self) -> None:
        figure = only("Police stood in a hallway for over an hour.")
        assert (figure.value, figure.unit, figure.hedge) == (1, "hour", "over")
        assert figures_of("He left an hour later.") == ()


class TestCloseDates:
    """Two outlets dating one event a few days or a month apart disagree: the dates link as
    close values do, and the conflict stands where the wording is plainly alike."""

    def test_two_days_apart_for_the_same_meeting(self) -> None:
        groups = grouped(
            "The two leaders met at the White House on April 14 to discuss the trade deal.",
            "Biden and Kishida met at the White House on April 16, where they discussed trade.",
        )
        dates = [g for g in groups if g.kind is FigureKind.DATE]
        assert [(g.status, len(g.figures)) for g in dates] == [(FactStatus.CONFLICT, 2)]

    def test_a_month_against_the_next(self) -> None:
        groups = grouped(
            "The company first warned regulators about the defect in May 2012, the documents show.",
            "The documents show the company warned regulators about the defect in April.",
        )
        assert [(g.status, len(g.figures)) for g in groups] == [(FactStatus.CONFLICT, 2)]

    def test_dates_months_apart_need_more_than_related_wording(self) -> None:
        groups = grouped(
            "The two leaders met at the White House on April 14 to discuss the trade deal.",
            "Biden and Kishida met at the White House on September 16, where they discussed trade.",
        )
        assert all(g.status is FactStatus.SINGLE for g in groups if g.kind is FigureKind.DATE)


class TestRatios:
    def test_multiples(self) -> None:
        found = figures_of(
            "In the past two weeks, the number of cases of COVID-19 outside China has increased "
            "13-fold, and the number of affected countries has tripled, Tedros said."
        )
        multiples = [(f.text, f.value) for f in found if f.kind is FigureKind.MULTIPLE]
        assert multiples == [("13-fold", 13), ("tripled", 3)]
        figure = only("Early data shows DART surpassed the benchmark by more than 25 times.")
        assert (figure.kind, figure.value, figure.hedge) == (FigureKind.MULTIPLE, 25, "more than")
        assert only("NASA announced that it had done 25-times that.").value == 25

    def test_times_of_occasions_are_no_multiple(self) -> None:
        assert figures_of("He was arrested three times last year.") == ()

    def test_shares_are_percentages(self) -> None:
        figure = only("It affects something like one in a million people.")
        assert (figure.kind, figure.value, figure.text) == (
            FigureKind.PERCENT,
            0.0001,
            "one in a million",
        )
        share = figures_of("Chauvin could be paroled after serving two-thirds of his sentence.")
        assert [(f.text, round(float(f.value), 1)) for f in share] == [("two-thirds", 66.7)]
        groups = grouped(
            "Stiff person syndrome affects something like one in a million people, she said.",
            "Stiff person syndrome, a rare disease, affects about one in a million people.",
        )
        assert [(g.status, len(g.figures)) for g in groups] == [(FactStatus.AGREE, 2)]

    def test_a_year_after_in_is_no_share(self) -> None:
        assert [f.kind for f in figures_of("One in 2020 was odd.")] == [FigureKind.DATE]


class TestRanks:
    def test_ordinals(self) -> None:
        assert only("Kiptum was competing in his third marathon.").value == 3
        figure = only("She took the oath as New York City's 48th Police Commissioner.")
        assert (figure.kind, figure.value, figure.unit) == (FigureKind.RANK, 48, "rank")
        assert only("The world No 2 was fined for refusing press conferences.").value == 2
        assert only("The world number two won her first-round match.").value == 2

    def test_first_second_and_compounds_are_no_rank(self) -> None:
        assert figures_of("It is the first time she used a third-party app.") == ()
        assert [f.kind for f in figures_of("A third of voters agree.")] == [FigureKind.PERCENT]

    def test_the_same_rank_groups(self) -> None:
        groups = grouped(
            "She said: \u201cI am entering now my sixth year in office.\u201d",
            "Ardern said \u201cI am entering now my sixth year in office\u201d as she resigned.",
        )
        assert [(g.kind, g.status) for g in groups] == [(FigureKind.RANK, FactStatus.AGREE)]


class TestNouns:
    def test_machines_count_the_treadmills_another_outlet_names(self) -> None:
        groups = grouped(
            "The commission said about 125,000 Tread+ treadmills are recalled and about 1,050 "
            "of the Tread machines.",
            "Peloton is advising the owners of roughly 1,050 Tread products and 125,000 Tread+ "
            "machines to stop using the equipment, the commission said.",
        )
        shared = sorted(tuple(f.text for f in g.figures) for g in groups if len(g.article_ids) == 2)
        assert shared == [
            ("1,050 of the Tread machines", "1,050 Tread products"),
            ("125,000 Tread+ treadmills", "125,000 Tread+ machines"),
        ]

    def test_matches_are_games(self) -> None:
        groups = grouped(
            "The 53-year-old managed his country for 102 games in eight years in charge.",
            "Southgate managed the Three Lions for 102 matches in eight years in charge.",
        )
        counts = [g for g in groups if g.kind is FigureKind.COUNT and len(g.article_ids) == 2]
        assert [g.status for g in counts] == [FactStatus.AGREE]

    def test_a_count_is_also_about_its_own_words(self) -> None:
        figure = figures_of("She won 23 Grand Slam singles titles and three Olympic gold medals.")[
            1
        ]
        assert figure.context[:2] == ("olympic", "gold")


class TestConflictEvidence:
    SERENA = (
        "Williams is saying goodbye to tennis after more than 20 years on the court, 23 Grand "
        "Slam singles titles, 39 Grand Slam titles overall, three Olympic gold medals, and six "
        "U.S. Open titles."
    )

    def test_the_odd_outlet_out_conflicts_when_its_phrase_names_the_thing(self) -> None:
        groups = grouped(
            '"There is no happiness in this topic for me," the four-time Olympic gold medalist '
            "continued.",
            self.SERENA,
            "The former No. 1 ranked women's tennis player and four-time Olympic gold medalist "
            "also admits that 'there is no happiness in the topic' for her.",
        )
        medals = [g for g in groups if g.kind is FigureKind.COUNT and len(g.article_ids) == 3]
        assert [g.status for g in medals] == [FactStatus.CONFLICT]
        assert [len(side.figures) for side in medals[0].sides] == [1, 2]

    def test_a_phrase_that_stands_beside_only_some_of_the_others_is_not_enough(self) -> None:
        """Federer's 20 titles and Serena's 23, in one corpus: 'Grand Slam singles titles' is
        what both count, not whose."""
        groups = grouped(
            "The Swiss great won 20 Grand Slam singles titles and is considered one of the best "
            "to ever hold a tennis racket.",
            "Federer, 41, has 20 Grand Slam titles and retires after the Laver Cup.",
            self.SERENA,
        )
        assert FactStatus.CONFLICT not in {g.status for g in groups}


def test_a_memorandum_opinion_is_the_memorandum() -> None:
    groups = grouped(
        "Cahill said he would issue a 22-page memorandum explaining his rationale for the "
        "sentence.",
        "Cahill told the court he would keep his comments brief on why he chose the sentence and "
        "explain them further in a 22-page memorandum opinion.",
    )
    pages = [g for g in groups if g.kind is FigureKind.COUNT]
    assert [(g.status, len(g.figures)) for g in pages] == [(FactStatus.AGREE, 2)]


def test_a_part_of_an_amount_is_still_not_its_total() -> None:
    groups = grouped(
        "Dominion was awarded $865,000 in expert witness fees by the court.",
        "Dominion was awarded $973,000 in costs by the court, its filing said.",
    )
    assert all(g.status is FactStatus.SINGLE for g in groups)


def test_a_month_before_the_noun_it_dates() -> None:
    figure = only("Holmes is expected to appeal the jury’s January verdict.")
    assert (figure.kind, figure.value, figure.text) == (FigureKind.DATE, "--01", "January")
    groups = grouped(
        "Holmes, who was CEO during the company's history, was convicted in January.",
        "Holmes, 38, is expected to appeal the jury’s January verdict.",
    )
    dates = [g for g in groups if g.kind is FigureKind.DATE]
    assert [len(g.figures) for g in dates] == [2]


class TestScores:
    def test_a_score_reads_winner_first(self) -> None:
        figure = only("The Three Lions lost 2-1 to Spain in Berlin.")
        assert (figure.kind, figure.value, figure.unit) == (FigureKind.SCORE, "2-1", "score")
        assert only("Watkins' late goal beat the Netherlands 2-1, but the final was lost.").value
        assert only("England suffered a painful 1-2 loss to Spain.").value == "2-1"

    def test_a_dash_between_numbers_without_a_result_is_no_score(self) -> None:
        assert figures_of("The vote was 5-4 in favour.") == ()

    def test_scores_group_and_conflict(self) -> None:
        groups = grouped(
            "England suffered a painful 2-1 loss to Spain in the final in Berlin.",
            "England suffered a painful 2-0 loss to Spain in the final in Berlin.",
        )
        assert [(g.kind, g.status) for g in groups] == [(FigureKind.SCORE, FactStatus.CONFLICT)]


def test_people_counted_by_the_work_they_do() -> None:
    found = figures_of(
        "The 7,000 jobs eliminated by Disney make up around 3% of the roughly 220,000 working "
        "for the company as of Oct. 1."
    )
    workforce = [f for f in found if f.value == 220_000]
    assert [(f.unit, f.hedge) for f in workforce] == [("people", "roughly")]
    groups = grouped(
        "The cuts make up around 3% of the roughly 220,000 working for the company.",
        "The entertainment whale has about 220,000 employees globally, so the cuts are 3%.",
    )
    people = [g for g in groups if g.kind is FigureKind.COUNT]
    assert [len(g.figures) for g in people] == [2]


class TestAgesAsCopyWritesThem:
    """`who is 95`, `He was 76.`, `died at age 76`, `died at 76`: an age, however it is put."""

    def test_the_shapes_of_an_age(self) -> None:
        for text in (
            "Prince Philip, who is 95, will stop carrying out engagements.",
            "Ozzy Osbourne died surrounded by his family. He was 95.",
            "Hawking died at age 95 at his home in Cambridge.",
            "The singer died at 95, his family said.",
        ):
            figure = only(text)
            assert (figure.kind, figure.value) == (FigureKind.AGE, 95), text

    def test_a_bare_number_after_was_is_no_age(self) -> None:
        assert figures_of("The index was 76.") == ()
        assert [f.kind for f in figures_of("Turnout was 76.5% in the end.")] == [FigureKind.PERCENT]

    def test_ages_told_two_ways_agree(self) -> None:
        groups = grouped(
            "Prince Philip, who is 95, will no longer carry out public engagements.",
            "Prince Philip, 95, will no longer carry out public engagements, the palace said.",
        )
        assert [(g.status, len(g.figures)) for g in groups] == [(FactStatus.AGREE, 2)]
