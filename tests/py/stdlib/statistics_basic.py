# statistics: averages, spread and quantiles with CPython's exact results; fractions.
import statistics
from fractions import Fraction


def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except (statistics.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)


data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4, 5, 9, 10]
for xs in [data, ints, [Fraction(1, 3), Fraction(2, 3), Fraction(5, 6)], [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [True, False, True]]:
    print(statistics.mean(xs), statistics.fmean(xs), statistics.median(xs), statistics.median_low(xs),
          statistics.median_high(xs), statistics.median_grouped(xs))
    print(statistics.stdev(xs), statistics.pstdev(xs), statistics.variance(xs), statistics.pvariance(xs))
print(statistics.mode([1, 1, 2, 3, 3, 3, 3, 4]), statistics.mode(["red", "blue", "blue", "red", "green", "red", "red"]))
print(statistics.multimode("aabbbbccddddeeffffgg"), statistics.multimode([]))
print(statistics.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(statistics.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), statistics.quantiles(range(1, 20)))
print(statistics.geometric_mean([54, 24, 36]), statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([40, 60], weights=[5, 30]))
print(statistics.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]), statistics.mean([1, 2, 3, 4, 4]), statistics.mean([-1.0, 2.5, 3.25, 5.75]))
print(statistics.variance([1, 2, 3, 4], xbar=2.5), statistics.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.pstdev(range(10)))
print(statistics.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]), statistics.covariance([1, 2, 3], [1, 2, 4]))
print(statistics.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]))
nd = statistics.NormalDist(100, 15)
print(nd, nd.cdf(115), nd.inv_cdf(0.9), nd.pdf(100), nd.mean, nd.stdev, nd.variance)
attempt(statistics.mean, [])
attempt(statistics.median, [])
attempt(statistics.mode, [])
attempt(statistics.stdev, [1])
attempt(statistics.variance, [5])
attempt(statistics.quantiles, [1], n=4)
attempt(statistics.quantiles, [1, 2], n=0)
attempt(statistics.mean, ["a", "b"])
attempt(statistics.fmean, [])
attempt(statistics.geometric_mean, [1, -1])

# fractions
f = Fraction(3, 4)
g = Fraction("1/3")
print(f, repr(g), f + g, f - g, f * g, f / g, f // g, f % g, -f, abs(-f), f ** 2, f ** -2, 2 ** Fraction(1, 2))
print(Fraction(0.1), Fraction("0.125"), Fraction("-3.5e2"), Fraction(10, -4), Fraction(1.5).limit_denominator(10))
print(Fraction(3.141592653589793).limit_denominator(1000), f < g, f == 0.75, f == Fraction(6, 8), hash(Fraction(1, 2)) == hash(0.5))
print(float(f), int(Fraction(-7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2), f.numerator, f.denominator)
print(Fraction(7, 3).as_integer_ratio(), Fraction.from_float(0.25), sorted([Fraction(1, 2), Fraction(1, 3), 0.4]))
attempt(Fraction, 1, 0)
attempt(Fraction, "abc")
attempt(Fraction, 1.5, 2)
