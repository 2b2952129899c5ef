import datetime as dt

import pytest

from timeline.dates import is_drawable, period, year_of

D = dt.date


@pytest.mark.parametrize("value, start, end, granularity", [
    ("1997-12-03", D(1997, 12, 3), D(1997, 12, 3), "day"),
    ("2023-11", D(2023, 11, 1), D(2023, 11, 30), "month"),
    ("2024-02", D(2024, 2, 1), D(2024, 2, 29), "month"),
    ("2005", D(2005, 1, 1), D(2005, 12, 31), "year"),
    ("199", D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("19", D(1900, 1, 1), D(1999, 12, 31), "century"),
    ("2024-Q2", D(2024, 4, 1), D(2024, 6, 30), "quarter"),
    ("2023-H1", D(2023, 1, 1), D(2023, 6, 30), "half"),
    ("2024-SU", D(2024, 6, 1), D(2024, 8, 31), "season"),
    ("2023-WI", D(2023, 12, 1), D(2024, 2, 29), "season"),
    ("2024-W01", D(2024, 1, 1), D(2024, 1, 7), "week"),
    ("2024-11-19T14:00", D(2024, 11, 19), D(2024, 11, 19), "day"),
])
def test_a_value_covers_its_whole_period(value, start, end, granularity):
    p = period(value)
    assert (p.start, p.end, p.granularity) == (start, end, granularity)


def test_end_of_october_is_the_last_third_of_october():
    p = period("2023-10", "END")
    assert (p.start, p.end) == (D(2023, 10, 21), D(2023, 10, 31))


def test_start_and_mid_narrow_a_year():
    assert period("2021", "START").end == D(2021, 4, 30)
    mid = period("2021", "MID")
    assert (mid.start, mid.end) == (D(2021, 5, 1), D(2021, 8, 31))


@pytest.mark.parametrize("value", ["P3D", "PRESENT_REF", "XXXX-11-19", "XXXX-WXX-2", "2023-02-30", ""])
def test_values_that_name_no_period(value):
    assert period(value) is None


def test_drawable_range_follows_pandas_timestamps():
    assert is_drawable("2024-11-19") and is_drawable("1997")
    assert not is_drawable("1066")
    assert not is_drawable("BC0044")
    assert year_of("BC0044") == -43
    assert year_of("BC04") == -499  # the 5th century BC begins in 500 BC
    assert year_of("199") == 1990


def test_an_interval_covers_both_ends_each_narrowed_by_its_own_modifier():
    from timeline.dates import frame_columns

    assert frame_columns("2014/2016") == ("year", "2014-01-01", "2016-12-31")
    assert frame_columns("2020-03/2021") == ("year", "2020-03-01", "2021-12-31")  # as precise as its coarser end
    assert frame_columns("2020/2021", "END/START") == ("year", "2020-09-01", "2021-04-30")
    assert frame_columns("2016/2014") == ("", "", "")  # ends out of order: no period
    assert frame_columns("1066/2016") == ("year", "", "")  # one end the chart cannot draw
