# datetime: date/time/datetime/timedelta/timezone arithmetic, comparisons, formatting, parsing, reprs.
from datetime import date, time, datetime, timedelta, timezone, MINYEAR, MAXYEAR
import datetime as dt_module


def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday(), d.isocalendar())
print(d.replace(day=1), d.toordinal(), date.fromordinal(738000), d.timetuple()[:8], d.ctime(), d.strftime("%Y/%m/%d %a %b %j"))
print(date.fromisoformat("2021-03-04"), date.fromisocalendar(2020, 53, 7), d.isoformat(), format(d, "%d.%m.%Y"), f"{d:%A}")
print(d < date(2024, 3, 1), d == date(2024, 2, 28), max(d, date(2000, 1, 1)), d.year, d.month, d.day, MINYEAR, MAXYEAR)

t = time(13, 5, 9, 120)
print(t, repr(t), t.isoformat(), t.isoformat("minutes"), t.replace(hour=1), time(), repr(time(1, 2)), t.strftime("%H:%M:%S %p"))
print(time.fromisoformat("04:23:01.000384"), time(12, 30, tzinfo=timezone.utc), repr(time(12, 30, tzinfo=timezone.utc)))

x = datetime(2023, 12, 31, 23, 59, 30, 500000)
print(x, repr(x), x + timedelta(seconds=45), x - datetime(2023, 1, 1), x.date(), x.time(), x.timetuple()[:6])
print(x.isoformat(), x.isoformat(" ", "seconds"), x.strftime("%Y-%m-%d %H:%M:%S.%f"), x.replace(year=2020, microsecond=0))
print(datetime.fromisoformat("2011-11-04T00:05:23"), datetime.fromisoformat("2011-11-04 00:05:23.283+00:00"),
      datetime.fromisoformat("2011-11-04T00:05:23+04:00"), datetime.fromisoformat("2011-11-04"))
print(datetime.combine(d, t), datetime.strptime if False else None, x.weekday(), x.ctime(), x.toordinal())
u = datetime(2020, 5, 17, 12, 0, tzinfo=timezone.utc)
print(u, repr(u), u.utcoffset(), u.tzname(), u.timestamp(), datetime.fromtimestamp(0, timezone.utc))
print(u.astimezone(timezone(timedelta(hours=-5))), timezone(timedelta(hours=5, minutes=30)), repr(timezone(timedelta(hours=-3))))
print(datetime.utcfromtimestamp(1e9), datetime.fromtimestamp(1234567890, tz=timezone.utc).isoformat(), u == u.astimezone(timezone(timedelta(hours=2))))
print(x < datetime(2024, 1, 1), sorted([datetime(2020, 1, 2), datetime(2019, 5, 5)]), datetime.min, datetime.max, repr(date.max))

td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), td * 2, td / 2, td // 3, -td, abs(-td), td.days, td.seconds, td.microseconds)
print(timedelta(hours=-1), repr(timedelta(0)), timedelta(weeks=1, milliseconds=1), td / timedelta(hours=1), td % timedelta(hours=5))
print(timedelta(days=-1, seconds=5), repr(timedelta(minutes=-90)), timedelta(seconds=1.5), timedelta(microseconds=-1), timedelta.max, timedelta.resolution)
print(divmod(timedelta(hours=25), timedelta(hours=24)), timedelta(hours=1) < timedelta(minutes=61), bool(timedelta(0)), hash(timedelta(1)) == hash(timedelta(days=1)))
print(type(datetime.now()).__name__, type(date.today()).__name__, isinstance(datetime.now(), date), datetime.now(timezone.utc).tzinfo)
print(type(datetime.utcnow()).__name__, dt_module.timezone.utc, dt_module.UTC if hasattr(dt_module, "UTC") else "no UTC")

attempt(date, 2023, 2, 29)
attempt(date, 2023, 13, 1)
attempt(date, 0, 1, 1)
attempt(time, 24)
attempt(datetime, 2020, 1, 1, 0, 60)
attempt(date.fromisoformat, "2021-3-4")
attempt(datetime.fromisoformat, "not a date")
attempt(time, 0, 0, 60)
attempt(time, fold=2)
attempt(date.fromordinal, 0)
attempt(date.fromisocalendar, 2020, 1, 8)
attempt(timezone, timedelta(hours=24))
attempt(lambda: time(1, tzinfo=timezone.utc) < time(1))
attempt(lambda: datetime(2020, 1, 1, tzinfo=timezone.utc) < datetime(2020, 1, 1))
attempt(timedelta, days=10**9)
attempt(lambda: date.min - timedelta(1))
attempt(lambda: date(2020, 1, 1) < datetime(2020, 1, 1))
attempt(lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=timezone.utc))
attempt(lambda: date.max + timedelta(days=1))
attempt(timedelta, days=1e10)
attempt(date, "2020", 1, 1)
