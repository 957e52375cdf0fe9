x = 1234.5678
print(f"{x:.0f} {x:.1f} {x:.3e} {x:g} {x:.2g} {x:10.2f}| {x:<10.2f}| {x:+.1f}")
print("%.3f %10.1f %-10.1f| %e %g %G" % (x, x, x, x, x, 1e-10))
print(format(0.000012345, "g"), format(123456789.0, "g"), format(1e16, ".3g"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
print(str(1e16), str(1e-7), str(123e-2))
print(f"{1/3:.15f}", f"{2/3:.17g}")
print(f"{float('inf'):10}|{float('nan'):>5}|")
