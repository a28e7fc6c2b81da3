"""Figures: extraction of each kind, normalisation, hedges, sources, grouping and statuses."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from qdiff.facts.find import (
    Direction,
    FactStatus,
    Figure,
    FigureKind,
    extract_figures,
    find_facts,
    group_figures,
)
from qdiff.facts.group import difference
from qdiff.facts.interval import dates_agree, same_date
from qdiff.facts.model import Interval
from qdiff.facts.numbers import written_precision
from qdiff.io.corpus import load_corpus
from qdiff.model import Article, Corpus
from qdiff.render.facts_json import SCHEMA, to_dict

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def figures_of(text: str) -> tuple[Figure, ...]:
    return extract_figures(Article("a", "A", "a.txt", text))


def only(text: str) -> Figure:
    found = figures_of(text)
    assert len(found) == 1, found
    return found[0]


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return load_corpus(SEEDS)


class TestMoney:
    @pytest.mark.parametrize(
        ("sentence", "text", "value", "unit"),
        [
            ("The plan costs £4bn in total.", "£4bn", 4_000_000_000, "GBP"),
            ("The plan costs £4 billion in total.", "£4 billion", 4_000_000_000, "GBP"),
            ("It will save £4.4 billion by 2020.", "£4.4 billion", 4_400_000_000, "GBP"),
            ("The firm raised $1.2m from investors.", "$1.2m", 1_200_000, "USD"),
            ("The fine was €30,000 for the club.", "€30,000", 30_000, "EUR"),
            ("A ticket costs 50 pence now.", "50 pence", 0.5, "GBP"),
            ("They paid 3 million dollars for it.", "3 million dollars", 3_000_000, "USD"),
            ("Boeing Loses $355 Million in Latest Quarter", "$355 Million", 355_000_000, "USD"),
            ("Sales hit $2BN.", "$2BN", 2_000_000_000, "USD"),
            ("Cash flow was ($3.4) billion.", "($3.4) billion", -3_400_000_000, "USD"),
            ("Loss per share of ($0.56) was reported.", "($0.56)", -0.56, "USD"),
        ],
    )
    def test_value_and_unit(self, sentence: str, text: str, value: float, unit: str) -> None:
        """Symbols, words and multipliers normalise to one value in an ISO currency."""
        figure = next(f for f in figures_of(sentence) if f.kind is FigureKind.MONEY)
        assert (figure.text, figure.value, figure.unit) == (text, value, unit)

    def test_accounting_negative_is_a_loss(self) -> None:
        """'($3.4) billion' is minus 3.4 billion, and a figure that goes down."""
        figure = only("Operating cash flow was ($3.4) billion.")
        assert figure.direction is Direction.DOWN

    def test_four_bn_equals_four_billion(self) -> None:
        """£4bn and £4 billion are the same 4,000,000,000 GBP."""
        assert only("Cuts of £4bn.").value == only("Cuts of £4 billion.").value == 4_000_000_000


class TestRate:
    def test_money_a_week(self) -> None:
        """'£100 a week' is a rate, with the hedge before it kept."""
        figure = only("They will be up to £100 a week worse off.")
        assert (figure.kind, figure.value, figure.unit, figure.hedge) == (
            FigureKind.RATE,
            100,
            "GBP/week",
            "up to",
        )

    def test_money_per_year(self) -> None:
        """'£3,500 a year' is a rate per year."""
        figure = only("Families lose £3,500 per year.")
        assert (figure.kind, figure.value, figure.unit) == (FigureKind.RATE, 3500, "GBP/year")


class TestCount:
    def test_counted_noun_is_the_unit(self) -> None:
        """A count keeps what it counts, past an adjective."""
        figure = only("Around 370,000 disabled people would lose out.")
        assert (figure.kind, figure.value, figure.unit, figure.hedge) == (
            FigureKind.COUNT,
            370_000,
            "people",
            "around",
        )
        assert figure.text == "370,000 disabled people"

    def test_scaled_and_spelled(self) -> None:
        """'1.5 million households' and 'three hospitals' are counts."""
        assert only("It hits 1.5 million households.").value == 1_500_000
        figure = only("They closed three hospitals.")
        assert (figure.value, figure.unit) == (3, "hospitals")

    @pytest.mark.parametrize(
        "sentence",
        [
            "Regulators slowed production of its 737 Max jets.",
            "The airline grounded its 737 MAX planes.",
            "Boeing 737 jets were grounded.",
        ],
    )
    def test_model_number_is_not_a_count(self, sentence: str) -> None:
        """A number before a capitalised product word, or inside a product name, counts nothing."""
        assert [f for f in figures_of(sentence) if f.kind is FigureKind.COUNT] == []

    def test_proper_adjective_still_counts(self) -> None:
        """'13 African countries' is a count: the capitalised word describes the noun."""
        figure = only("The virus has spread to 13 African countries.")
        assert (figure.value, figure.unit) == (13, "countries")

    @pytest.mark.parametrize(
        ("sentence", "text", "value"),
        [
            ("The crews treated nine people, and two were taken to hospital.", "two", 2),
            ("Nine people were treated, with three taken to hospital.", "three", 3),
            ("Six were injured in the crash.", "Six", 6),
        ],
    )
    def test_elided_noun_counts_people(self, sentence: str, text: str, value: int) -> None:
        """'two were taken to hospital': a count of people whose noun is left out."""
        figure = next(f for f in figures_of(sentence) if f.value == value)
        assert (figure.kind, figure.text, figure.unit) == (FigureKind.COUNT, text, "people")

    def test_elided_noun_needs_a_verb_of_people(self) -> None:
        """A bare number before an ordinary verb is not a count."""
        assert figures_of("The vote was won, and two were enough.") == ()

    def test_bare_number_is_not_a_count(self) -> None:
        """A number with no counted noun after it is not reported."""
        assert figures_of("The answer was 42.") == ()


class TestPercent:
    @pytest.mark.parametrize(
        ("sentence", "value", "unit"),
        [
            ("Support fell 12% last year.", 12, "%"),
            ("Support fell by 3.5 per cent.", 3.5, "%"),
            ("Rates rose two percentage points.", 2, "pp"),
        ],
    )
    def test_forms(self, sentence: str, value: float, unit: str) -> None:
        """'%', 'per cent' and 'percentage points' are all percentages."""
        figure = only(sentence)
        assert (figure.kind, figure.value, figure.unit) == (FigureKind.PERCENT, value, unit)


class TestDates:
    @pytest.mark.parametrize(
        ("sentence", "value", "unit"),
        [
            ("The letter was issued on 18 March.", "--03-18", "date"),
            ("The vote is on June 23.", "--06-23", "date"),
            ("He left on 5th May 2015.", "2015-05-05", "date"),
            ("It starts in January 2017.", "2017-01", "month"),
            ("He resigned on Friday.", "Friday", "weekday"),
            ("The law changes in 2019.", "2019", "year"),
        ],
    )
    def test_forms(self, sentence: str, value: str, unit: str) -> None:
        """Dates normalise to ISO 8601 (no year: --MM-DD); weekdays keep their name."""
        figure = only(sentence)
        assert (figure.kind, figure.value, figure.unit) == (FigureKind.DATE, value, unit)


class TestAgeAndDuration:
    def test_age(self) -> None:
        """'the 61-year-old' is an age, not a duration."""
        figure = only("The 61-year-old quit.")
        assert (figure.kind, figure.value, figure.text) == (FigureKind.AGE, 61, "61-year-old")

    def test_duration_with_hedge(self) -> None:
        """'almost six years' keeps its hedge."""
        figure = only("He had been in the job almost six years.")
        assert (figure.kind, figure.value, figure.unit, figure.hedge) == (
            FigureKind.DURATION,
            6,
            "year",
            "almost",
        )

    @pytest.mark.parametrize(
        ("sentence", "value"),
        [
            ("He led the party from 2001-2003.", "2001/2003"),
            ("It saves money by 2020-21.", "2020/2021"),
            ("He served between 1997 and 2001.", "1997/2001"),
        ],
    )
    def test_spans(self, sentence: str, value: str) -> None:
        """Spans of years are ISO 8601 intervals."""
        figure = only(sentence)
        assert (figure.kind, figure.value, figure.unit) == (FigureKind.DURATION, value, "interval")


class TestHedgeSourceDirection:
    def test_over_after_a_complaint_is_not_a_hedge(self) -> None:
        """'criticism over £4bn' is about the £4bn, not more than it."""
        assert only("There was criticism over £4bn of cuts.").hedge is None
        assert only("It costs over £4bn.").hedge == "over"

    def test_more_than(self) -> None:
        assert only("More than 2,000 jobs went.").hedge == "more than"

    def test_named_source(self) -> None:
        """The institute that gives the estimate is kept."""
        figure = only("The Institute for Fiscal Studies said it will save £4.4 billion.")
        assert figure.source == "Institute for Fiscal Studies"

    def test_according_to(self) -> None:
        assert only("Costs rose 5%, according to the Treasury.").source == "Treasury"

    def test_direction(self) -> None:
        """A cut is down, a rise is up."""
        assert only("Ministers plan £4bn of cuts.").direction is Direction.DOWN
        assert only("Payments increased by £4 billion.").direction is Direction.UP


def articles(*texts: str) -> tuple[Article, ...]:
    return tuple(Article(f"a{i}", f"Outlet {i}", f"a{i}.txt", t) for i, t in enumerate(texts))


def grouped(*texts: str) -> tuple:
    arts = articles(*texts)
    figures = [f for a in arts for f in extract_figures(a)]
    return group_figures(figures, arts)


class TestGrouping:
    def test_same_value_same_subject_agrees(self) -> None:
        groups = grouped(
            "The plan will leave 640,000 people worse off.",
            "Around 640,000 people will be worse off under the plan.",
        )
        assert [(g.status, len(g.figures)) for g in groups] == [(FactStatus.AGREE, 2)]

    def test_close_values_conflict_with_difference(self) -> None:
        groups = grouped(
            "The chancellor announced £4bn of cuts to disability benefits.",
            "The chancellor announced £4.4bn of cuts to disability benefits.",
        )
        assert groups[0].status is FactStatus.CONFLICT
        assert groups[0].difference == pytest.approx(0.0909, abs=1e-4)

    def test_a_rise_is_not_a_cut(self) -> None:
        """Opposite directions never group, however alike the words."""
        groups = grouped(
            "Spending on disability benefits will be cut by £4bn.",
            "Spending on disability benefits has increased by £4bn.",
        )
        assert {g.status for g in groups} == {FactStatus.SINGLE}

    def test_far_values_with_different_subjects_stay_apart(self) -> None:
        groups = grouped(
            "The council will cut 300 jobs next year.",
            "The hospital trust said it hired 2,000 nurses.",
        )
        assert len(groups) == 2

    def test_units_must_match(self) -> None:
        groups = grouped("Prices rose 4% this year.", "Prices rose £4 this year.")
        assert len(groups) == 2

    def test_rates_compare_per_year(self) -> None:
        """£100 a week and £5,200 a year are the same amount."""
        groups = grouped(
            "Claimants will lose £100 a week under the plan.",
            "Claimants will lose £5,200 a year under the plan.",
        )
        assert [g.status for g in groups] == [FactStatus.AGREE]

    @pytest.mark.parametrize(
        ("one", "other"),
        [
            ("20 firefighters battled the blaze.", "20 fire fighters battled the blaze."),
            ("20 firefighters battled the blaze.", "20 fire-fighters battled the blaze."),
            ("The fire destroyed three homes.", "The fire destroyed three houses."),
            ("Police evacuated 40 people from the tower.", "Police evacuated 40 persons from it."),
            ("The bus carried 30 children to school.", "The bus carried 30 kids to school."),
        ],
    )
    def test_spellings_and_near_synonyms_of_a_noun_agree(self, one: str, other: str) -> None:
        """Compound spellings and near-synonym nouns count the same thing."""
        assert [(g.status, len(g.figures)) for g in grouped(one, other)] == [(FactStatus.AGREE, 2)]

    def test_elided_counts_conflict(self) -> None:
        """Two taken to hospital against three is a conflict, close though a third apart;
        the nine treated agree."""
        groups = grouped(
            "The blaze was put out. "
            "The ambulance service treated nine people, and two were taken to hospital.",
            "Crews battled the blaze for hours overnight. "
            "Nine people were treated at the scene, with three taken to hospital.",
        )
        assert [(g.status, sorted(f.value for f in g.figures)) for g in groups] == [
            (FactStatus.CONFLICT, [2, 3]),
            (FactStatus.AGREE, [9, 9]),
        ]

    def test_better_than_expected_is_no_direction(self) -> None:
        """'better than expected' compares with a forecast: the revenue still joins the others."""
        groups = grouped(
            "Boeing said quarterly revenue declined to $16.6 billion.",
            "Boeing said quarterly revenue was $16.7 billion, slightly better than expected.",
        )
        group = next(g for g in groups if g.kind is FigureKind.MONEY)
        assert (group.status, len(group.figures)) == (FactStatus.CONFLICT, 2)

    def test_accounting_negative_conflicts_with_outflow(self) -> None:
        """'($3.4) billion' of cash flow and an 'outflow of $3.3 billion' are one conflict."""
        groups = grouped(
            "Operating cash flow was ($3.4) billion.",
            "Operating cash flow worsened, with an outflow of $3.3 billion.",
        )
        assert [(g.status, len(g.figures)) for g in groups] == [(FactStatus.CONFLICT, 2)]

    def test_accounting_negative_agrees_with_the_loss(self) -> None:
        """A core loss per share of '($1.13)' is the '$1.13' loss per share."""
        groups = grouped(
            "The first-quarter loss came to $1.13 per share.",
            "It recorded a core loss per share of ($1.13) in the first quarter.",
        )
        assert [(g.status, len(g.figures)) for g in groups] == [(FactStatus.AGREE, 2)]

    def test_years_of_unrelated_sentences_stay_apart(self) -> None:
        """The same year in sentences about different things is not one fact."""
        groups = grouped(
            "He respected the powerful mandate given by the British people in 2019.",
            "Pincher was the subject of a misconduct complaint made in 2019.",
        )
        assert {g.status for g in groups} == {FactStatus.SINGLE}

    def test_years_of_the_same_words_agree(self) -> None:
        groups = grouped(
            "Millions of people voted for us in 2019, many for the first time.",
            "To the millions of people who voted for us in 2019, thank you.",
        )
        assert [g.status for g in groups] == [FactStatus.AGREE]

    def test_a_year_is_judged_by_its_nearest_words(self) -> None:
        """A short sentence that borrows the words of the one before does not take its year."""
        groups = grouped(
            "I want to say to those who trusted us through the long and hard campaign across the"
            " whole of this great country, the millions of people who voted for us in 2019. "
            "It was my duty to do what we promised in 2019.",
            "I want to say to the millions of people who voted for us in 2019.",
        )
        assert [(g.status, [f.article_id for f in g.figures]) for g in groups] == [
            (FactStatus.AGREE, ["a0", "a1"]),
            (FactStatus.SINGLE, ["a0"]),
        ]
        assert "promised" not in groups[0].figures[0].context

    def test_conflicts_come_first(self) -> None:
        groups = grouped(
            "He quit on Friday. The plan cuts £4bn of benefits.",
            "He quit on Friday. The plan cuts £4.4bn of benefits.",
        )
        assert [g.status for g in groups] == [FactStatus.CONFLICT, FactStatus.AGREE]

    def test_difference(self) -> None:
        assert difference([4_000_000_000, 4_400_000_000]) == pytest.approx(0.0909, abs=1e-4)
        assert difference(["--03-18"]) is None


class TestSeeds:
    def test_pip_cut_group_conflicts_without_the_rise(self, seeds: Corpus) -> None:
        """001's £4bn of cuts and 003's £4.4 billion cut conflict; Cameron's £4bn rise is apart."""
        groups = find_facts(seeds).groups
        group = next(g for g in groups if any(f.text == "£4.4 billion" for f in g.figures))
        members = {(f.article_id[:3], f.text) for f in group.figures}
        assert {("001", "£4bn"), ("003", "£4.4 billion")} <= members
        assert ("001", "£4 billion") not in members
        assert group.status is FactStatus.CONFLICT
        assert group.difference == pytest.approx(0.0909, abs=1e-4)

    def test_640000_people_agree(self, seeds: Corpus) -> None:
        groups = find_facts(seeds).groups
        group = next(g for g in groups if any(f.value == 640_000 for f in g.figures))
        assert {f.article_id[:3] for f in group.figures} == {"001", "002", "003"}
        assert {f.value for f in group.figures} == {640_000}
        assert group.status is FactStatus.AGREE

    def test_gold_values_found(self, seeds: Corpus) -> None:
        """Every figure of the gold file's facts is extracted with its value and unit."""
        gold = yaml.safe_load((ROOT / "tests" / "gold" / "seeds.yaml").read_text())["facts"]
        found = {
            (f.article_id, f.value, f.unit) for a in seeds.articles for f in extract_figures(a)
        }
        for fact in gold:
            for v in fact["values"]:
                assert (v["article"], v["value"], v["unit"]) in found, v

    def test_text_is_the_article_slice(self, seeds: Corpus) -> None:
        for article in seeds.articles:
            for figure in extract_figures(article):
                assert article.text[figure.span.start : figure.span.end] == figure.text

    def test_json_contract(self, seeds: Corpus) -> None:
        document = to_dict(find_facts(seeds))
        assert document["schema"] == SCHEMA == "qdiff.facts/2"
        texts = {a.id: a.text for a in seeds.articles}
        for fact in document["facts"]:
            assert {"id", "about", "kind", "status", "values"} <= fact.keys()
            for value in fact["values"]:
                keys = {"article", "start", "end", "text", "value", "unit", "hedge", "source"}
                assert keys <= value.keys()
                assert texts[value["article"]][value["start"] : value["end"]] == value["text"]


class TestWhatRealCopyWrites:
    """Ranges, fractions, ages in apposition, compounds, bare months, conversions, measures."""

    @pytest.mark.parametrize(
        ("sentence", "text", "value", "upper", "unit"),
        [
            ("Waves reached 20-30 feet overnight.", "20-30 feet", 20, 30, "foot"),
            ("He faced between 40 and 50 years.", "between 40 and 50 years", 40, 50, "year"),
            (
                "It costs $1 trillion to $2 trillion.",
                "$1 trillion to $2 trillion",
                10**12,
                2 * 10**12,
                "USD",
            ),
            ("He got 22 1/2 years.", "22 1/2 years", 22.5, None, "year"),
            ("He got 22½ years.", "22½ years", 22.5, None, "year"),
            ("He got 22 and a half years.", "22 and a half years", 22.5, None, "year"),
            ("Rates rose from 5 to 7 percent.", "7 percent", 7, None, "%"),
        ],
    )
    def test_ranges_and_fractions(
        self, sentence: str, text: str, value: float, upper: float | None, unit: str
    ) -> None:
        figure = only(sentence)
        assert (figure.text, figure.value, figure.upper, figure.unit) == (text, value, upper, unit)

    @pytest.mark.parametrize(
        ("sentence", "text", "age", "subject"),
        [
            ("Chauvin, 45, was sentenced.", "Chauvin, 45", 45, "chauvin"),
            ("The actor died at the age of 94.", "at the age of 94", 94, None),
            ("The 38-year-old left the club.", "38-year-old", 38, None),
            ("Her daughter Olympia, four, was there.", "Olympia, four", 4, "olympia"),
            ("The athlete Kiptum (24) died.", "Kiptum (24)", 24, "kiptum"),
        ],
    )
    def test_ages(self, sentence: str, text: str, age: int, subject: str | None) -> None:
        figure = only(sentence)
        assert (figure.kind, figure.text, figure.value, figure.subject) == (
            FigureKind.AGE,
            text,
            age,
            subject,
        )

    def test_a_month_or_list_after_a_comma_is_no_age(self) -> None:
        assert not any(f.kind is FigureKind.AGE for f in figures_of("In March, 45 people left."))

    def test_compounds_name_their_subject(self) -> None:
        duration = only("Prosecutors sought a 30-year prison sentence.")
        assert (duration.kind, duration.value, duration.subject) == (
            FigureKind.DURATION,
            30,
            "sentence",
        )
        pages = only("The judge wrote a 22-page memorandum.")
        assert (pages.kind, pages.unit, pages.subject) == (FigureKind.COUNT, "page", "memorandum")

    def test_times_of_day(self) -> None:
        eight, shot = figures_of("The conference began at 8 a.m. and he was shot around 6:46 a.m.")
        assert (eight.kind, eight.value, shot.value) == (FigureKind.TIME, 480, 406)
        assert shot.hedged == Interval(406 - 0.5 - 15, 406 + 0.5 + 15)

    def test_bare_month(self) -> None:
        figure = only("Klopp told the club in November.")
        assert (figure.kind, figure.value, figure.text) == (FigureKind.DATE, "--11", "November")

    def test_a_capitalised_title_is_no_count(self) -> None:
        assert not any(
            f.kind is FigureKind.COUNT
            for f in figures_of("She starred in Two Fat Ladies for years.")
        )

    def test_counts_around_product_names_and_of_phrases(self) -> None:
        assert only("They recalled 125,000 Tread+ treadmills.").unit == "treadmills"
        assert only("It cut 11,000 of its employees.").unit == "employees"
        assert only("He won 20 Grand Slam singles titles.").unit == "titles"
        assert not figures_of("Boeing 737 Max jets were grounded.")

    def test_bracketed_amount_is_a_conversion_not_a_loss(self) -> None:
        dollars, pounds = figures_of("The club paid $27.2 million (£19m) for him.")
        assert (pounds.value, pounds.unit, pounds.converts, pounds.direction) == (
            19_000_000,
            "GBP",
            True,
            None,
        )
        assert not dollars.converts

    def test_units_are_compared_by_value(self) -> None:
        celsius, fahrenheit = figures_of("It was 30°C (86°F) at noon.")
        assert celsius.base_unit == fahrenheit.base_unit == "°C"
        assert celsius.hedged is not None and fahrenheit.hedged is not None
        assert celsius.hedged.overlaps(fahrenheit.hedged)
        miles = only("The storm moved 20 miles inland.")
        km = only("The storm moved 32 km inland.")
        assert miles.written is not None and km.written is not None
        assert miles.written.overlaps(km.written)


class TestIntervals:
    @pytest.mark.parametrize(
        ("text", "scale", "precision"),
        [
            ("5.6", "million", 50_000),
            ("22", None, 0.5),
            ("4,300", None, 50),
            ("10,000", None, 500),
            ("20", "m", 500_000),
            ("4", "bn", 200_000_000),
            ("six", None, 0.3),
        ],
    )
    def test_written_precision(self, text: str, scale: str | None, precision: float) -> None:
        assert written_precision(text, scale) == pytest.approx(precision)

    @pytest.mark.parametrize(
        ("one", "other", "status"),
        [
            ("The deal is worth nearly $20m.", "The deal is worth $19.6 million.", "rounded"),
            ("The deal is worth nearly $20m.", "The deal is worth $18.6 million.", "hedged"),
            ("The fine was 5.6 million euros.", "The fine was €5.58m.", "rounded"),
            ("The treadmill costs $4,295.", "The treadmill costs $4,300.", "rounded"),
            ("He faced up to 110 years.", "He faced over 100 years.", "hedged"),
            (
                "Meta laid off more than 11,000 employees.",
                "Meta laid off 11,000 employees.",
                "agree",
            ),
            (
                "Truss resigned after 44 days in office.",
                "Truss resigned after 45 days in office.",
                "conflict",
            ),
        ],
    )
    def test_hedges_and_rounding_decide(self, one: str, other: str, status: str) -> None:
        groups = grouped(one, other)
        assert [g.status.value for g in groups] == [status], groups

    def test_a_conflict_names_its_sides(self) -> None:
        (group,) = grouped(
            "Truss resigned after 44 days in office.",
            "Truss resigned after 45 days in office.",
        )
        assert [side.article_ids for side in group.sides] == [("a0",), ("a1",)]
        low, high = group.sides
        assert low.interval is not None and high.interval is not None
        assert low.interval.high <= high.interval.low

    def test_dates(self) -> None:
        assert dates_agree("2015", "2015-10") and same_date("2015", "2015-10")
        assert not dates_agree("--04-14", "--04-16")
        assert dates_agree("--02-07", "2023"), "a year and a day of the year can both be right"
        assert not same_date("--11", "2020"), "but they share nothing to link them by"

    def test_a_year_and_a_day_of_it_are_no_conflict(self) -> None:
        groups = grouped(
            "Ardern will step down on February 7, 2023, she said at the party caucus.",
            "Ardern will step down on February 7, she said at the party caucus.",
            "Ardern will step down in 2023, she said at the party caucus.",
        )
        assert FactStatus.CONFLICT not in {g.status for g in groups}

    @pytest.mark.parametrize(
        ("sentence", "text", "value", "unit"),
        [
            ("The crash happened around 11 pm.", "11 pm", 23 * 60, "minute of the day"),
            ("The crash happened around 23:00.", "23:00", 23 * 60, "minute of the day"),
            ("The crash happened at 2000 GMT.", "2000 GMT", 20 * 60, "minute of the day UTC"),
        ],
    )
    def test_clock_times(self, sentence: str, text: str, value: int, unit: str) -> None:
        figure = only(sentence)
        assert (figure.text, figure.value, figure.unit) == (text, value, unit)

    def test_a_time_in_gmt_restates_the_local_one(self) -> None:
        groups = grouped(
            "The crash happened at around 11 pm (2000 GMT) on the road to Eldoret.",
            "The crash happened at around 11 pm (2000 GMT) on the road to Eldoret.",
        )
        assert {g.status for g in groups} == {FactStatus.AGREE}


class TestWhatCountsTheSame:
    def test_a_part_is_not_its_total(self) -> None:
        groups = grouped(
            "The court awarded $865,000 in expert witness fees.",
            "The court awarded $973,000 in costs.",
        )
        assert {g.status for g in groups} == {FactStatus.SINGLE}

    def test_different_weekdays_never_group(self) -> None:
        groups = grouped("The meeting was held on Monday.", "The meeting was held on Tuesday.")
        assert {g.status for g in groups} == {FactStatus.SINGLE}

    def test_jobs_and_employees_count_the_same_people(self) -> None:
        groups = grouped("Google will cut 12,000 jobs.", "Google will cut 12,000 employees.")
        assert [g.status for g in groups] == [FactStatus.AGREE]

    def test_another_company_in_loose_wording_is_no_conflict(self) -> None:
        """A lone outlet's figure worded only loosely like the others' stands apart."""
        groups = grouped(
            "Meta will lay off 11,000 employees, 13% of its workforce, the company said.",
            "Meta is cutting 13% of its workforce, or 11,000 staff.",
            "Stripe reduced its workforce by 14% last week, after Lyft fired 700.",
        )
        assert FactStatus.CONFLICT not in {g.status for g in groups}


def test_a_figure_its_headline_outbid_still_joins_its_group() -> None:
    """An article's headline can take the mutual best link from the same figure in its body;
    the body's figure, left alone, still joins the group whose values it agrees with."""
    groups = grouped(
        "Chauvin sentenced to over 20 years in prison for murder\n"
        "Chauvin was sentenced to 22 1/2 years in prison on Friday for the murder of Floyd.",
        "Chauvin was sentenced to 22 1/2 years in prison on Friday for the murder of Floyd.",
        "Chauvin was sentenced to 22.5 years in prison on Friday for the murder of Floyd.",
    )
    shared = [g for g in groups if g.kind is FigureKind.DURATION]
    assert len(shared) == 1
    assert sorted(f.text for f in shared[0].figures if f.article_id == "a0") == [
        "20 years",
        "22 1/2 years",
    ]


def test_one_hundred_percent_and_a_year_before_an_event_name() -> None:
    assert only("She gives one hundred percent on stage.").value == 100
    year = only("She has suffered since the 2018 US Open.")
    assert (year.kind, year.value, year.text) == (FigureKind.DATE, "2018", "2018")


def test_a_n_time_champion_has_won_n_titles() -> None:
    """'the four-time Grand Slam champion' and '4 Grand Slam titles' count the same wins."""
    champion = only("The four-time Grand Slam champion withdrew.")
    assert (champion.kind, champion.value, champion.unit) == (FigureKind.COUNT, 4, "titles")
    assert only("She is a four-time Olympic gold medallist.").unit == "medals"
    groups = grouped(
        "Osaka, the four-time Grand Slam champion, withdrew from the French Open.",
        "Osaka, who has won four Grand Slam titles, withdrew from the French Open.",
    )
    assert FactStatus.AGREE in {g.status for g in groups}


def test_intervals_are_drawn_in_words_a_reader_uses() -> None:
    from qdiff.render.facts_terminal import describe_interval

    assert describe_interval(Interval(390.5, 421.5), "minute of the day") == "06:30 to 07:02"
    assert describe_interval(Interval(1199.5, 1200.5), "minute of the day UTC") == (
        "20:00 to 20:00 UTC"
    )
    assert describe_interval(Interval(3.8e9, 4.2e9), "GBP") == "3.8bn to 4.2bn GBP"
    assert describe_interval(Interval(43.5, 44.5), "day") == "43.5 to 44.5 days"


def test_a_race_time_is_a_duration_in_seconds() -> None:
    figure = only("He set the world record of 2:00:35 in Chicago.")
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.DURATION, 7235, "second")
    groups = grouped(
        "Kiptum set the marathon world record of 2:00:35 in Chicago in October.",
        "Kiptum set the marathon world record of 2:00:35 in Chicago in October.",
    )
    assert any(g.status is FactStatus.AGREE and g.kind is FigureKind.DURATION for g in groups)
