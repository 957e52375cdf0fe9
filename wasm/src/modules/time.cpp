// time.cpp — the `time` module. Clocks come from the scheduler so that in
// deterministic mode (--seed) time is virtual: sleep() advances it at once
// and a run replays byte for byte. sleep() parks the task (other threads run).
#include <chrono>
#include <cmath>
#include <cstring>
#include <ctime>

#include "modules/modules.h"
#include "objects/containers.h"
#include "objects/str.h"
#include "sched/scheduler.h"
#include "vm/vm.h"

namespace il {

double time_wall(Interp& I) {
  if (I.sched) return I.sched->wall_time();
  using namespace std::chrono;
  return duration<double>(system_clock::now().time_since_epoch()).count();
}

namespace {

double monotonic(Interp& I) {
  if (I.sched) return I.sched->now();
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

Value ns_of(Interp& I, double secs) { return I.new_int(int64_t(std::llround(secs * 1e9))); }

Value t_time(Interp& I, CallArgs& a) {
  check_nargs(I, a, "time", 0, 0);
  return I.new_float(time_wall(I));
}
Value t_time_ns(Interp& I, CallArgs& a) {
  if (!I.config.deterministic) {
    using namespace std::chrono;
    return I.new_int(int64_t(duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count()));
  }
  return ns_of(I, time_wall(I));
}
Value t_monotonic(Interp& I, CallArgs& a) {
  check_nargs(I, a, "monotonic", 0, 0);
  return I.new_float(monotonic(I));
}
Value t_monotonic_ns(Interp& I, CallArgs& a) { return ns_of(I, monotonic(I)); }

double cpu_time(Interp& I) {
  if (I.config.deterministic) return monotonic(I);
  return double(std::clock()) / CLOCKS_PER_SEC;
}
Value t_process_time(Interp& I, CallArgs& a) { return I.new_float(cpu_time(I)); }
Value t_process_time_ns(Interp& I, CallArgs& a) { return ns_of(I, cpu_time(I)); }

Value t_sleep(Interp& I, CallArgs& a) {
  check_no_kwargs(I, a, "sleep");
  if (a.npos() != 1) I.raise(I.t.TypeError, "time.sleep() takes exactly one argument (%u given)", a.npos());
  Value v = a[0];
  if (!is_int(I, v) && !is_float(I, v) && type_lookup(type_of(I, v), I.names->__float__).empty() &&
      type_lookup(type_of(I, v), I.names->__index__).empty())
    I.raise(I.t.TypeError, "'%s' object cannot be interpreted as an integer", type_name(I, v));
  double secs = to_double(I, v);
  if (std::isnan(secs)) I.raise(I.t.ValueError, "Invalid value NaN (not a number)");
  return sched_sleep(I, secs);
}

// --- broken-down time --------------------------------------------------------

Value struct_time_of(Interp& I, const std::tm& tm, long gmtoff, const char* zone) {
  Value v[11] = {Value::small(tm.tm_year + 1900), Value::small(tm.tm_mon + 1), Value::small(tm.tm_mday),
                 Value::small(tm.tm_hour),        Value::small(tm.tm_min),     Value::small(tm.tm_sec),
                 Value::small((tm.tm_wday + 6) % 7), Value::small(tm.tm_yday + 1), Value::small(tm.tm_isdst),
                 I.new_str(zone ? zone : "UTC"), Value::small(gmtoff)};
  return new_struct_seq(I, sys_state(I).struct_time, v, 11);
}

std::time_t secs_arg(Interp& I, CallArgs& a, const char* fname) {
  if (a.npos() == 0 || a[0].is_none()) return std::time_t(std::floor(time_wall(I)));
  double d = to_double(I, a[0]);
  if (std::isnan(d)) I.raise(I.t.ValueError, "Invalid value NaN (not a number)");
  if (std::fabs(d) > 1e17) I.raise(I.t.OverflowError, "timestamp out of range for platform time_t");
  return std::time_t(std::floor(d));
}

Value t_localtime(Interp& I, CallArgs& a) {
  check_nargs(I, a, "localtime", 0, 1);
  std::time_t t = secs_arg(I, a, "localtime");
  std::tm tm{};
  if (!localtime_r(&t, &tm)) raise_os_error(I, EOVERFLOW);
  return struct_time_of(I, tm, tm.tm_gmtoff, tm.tm_zone);
}

Value t_gmtime(Interp& I, CallArgs& a) {
  check_nargs(I, a, "gmtime", 0, 1);
  std::time_t t = secs_arg(I, a, "gmtime");
  std::tm tm{};
  if (!gmtime_r(&t, &tm)) raise_os_error(I, EOVERFLOW);
  return struct_time_of(I, tm, 0, "GMT");
}

// A 9-tuple (or struct_time) as struct tm; `fname` for messages.
std::tm tm_arg(Interp& I, Value v, const char* fname) {
  if (!v.is_obj() || !isinstance(I, v, I.t.tuple))
    I.raise(I.t.TypeError, "Tuple or struct_time argument required");
  Tuple* t = v.as<Tuple>();
  if (t->size != 9) I.raise(I.t.TypeError, "%s(): illegal time tuple argument", fname);
  std::tm tm{};
  int f[9];
  for (int i = 0; i < 9; i++) f[i] = int(to_int64(I, t->items[i]));
  tm.tm_year = f[0] - 1900;
  tm.tm_mon = f[1] - 1;
  tm.tm_mday = f[2];
  tm.tm_hour = f[3];
  tm.tm_min = f[4];
  tm.tm_sec = f[5];
  tm.tm_wday = (f[6] + 1) % 7;
  tm.tm_yday = f[7] - 1;
  tm.tm_isdst = f[8];
  return tm;
}

std::tm tm_now_or_arg(Interp& I, CallArgs& a, uint32_t i, const char* fname) {
  if (a.npos() > i) return tm_arg(I, a[i], fname);
  std::time_t t = std::time_t(std::floor(time_wall(I)));
  std::tm tm{};
  localtime_r(&t, &tm);
  return tm;
}

Value t_mktime(Interp& I, CallArgs& a) {
  check_nargs(I, a, "mktime", 1, 1);
  std::tm tm = tm_arg(I, a[0], "mktime");
  tm.tm_wday = -1;
  std::time_t r = std::mktime(&tm);
  if (r == std::time_t(-1) && tm.tm_wday == -1) I.raise(I.t.OverflowError, "mktime argument out of range");
  return I.new_float(double(r));
}

Value t_strftime(Interp& I, CallArgs& a) {
  check_nargs(I, a, "strftime", 1, 2);
  if (!is_str(I, a[0]))
    I.raise(I.t.TypeError, "strftime() argument 1 must be str, not %s", type_name(I, a[0]));
  std::tm tm = tm_now_or_arg(I, a, 1, "strftime");
  if (a.npos() > 1) {
    if (tm.tm_mon < 0 || tm.tm_mon > 11) I.raise(I.t.ValueError, "month out of range");
    if (tm.tm_mday == 0) tm.tm_mday = 1;
  }
  std::string fmt(str_view(a[0]));
  if (fmt.empty()) return I.new_str("");
  for (size_t size = 256;; size *= 2) {
    std::string buf(size, '\0');
    size_t n = std::strftime(buf.data(), size, fmt.c_str(), &tm);
    if (n > 0 || size > fmt.size() * 256) return I.new_str(buf.substr(0, n));
  }
}

std::string asctime_of(const std::tm& tm) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %d", kDays[((tm.tm_wday % 7) + 7) % 7],
                kMonths[((tm.tm_mon % 12) + 12) % 12], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                tm.tm_year + 1900);
  return buf;
}

Value t_asctime(Interp& I, CallArgs& a) {
  check_nargs(I, a, "asctime", 0, 1);
  return I.new_str(asctime_of(tm_now_or_arg(I, a, 0, "asctime")));
}

Value t_ctime(Interp& I, CallArgs& a) {
  check_nargs(I, a, "ctime", 0, 1);
  std::time_t t = secs_arg(I, a, "ctime");
  std::tm tm{};
  localtime_r(&t, &tm);
  return I.new_str(asctime_of(tm));
}

const MethodDef kTimeFunctions[] = {
    {"time", t_time},
    {"time_ns", t_time_ns},
    {"monotonic", t_monotonic},
    {"monotonic_ns", t_monotonic_ns},
    {"perf_counter", t_monotonic},
    {"perf_counter_ns", t_monotonic_ns},
    {"process_time", t_process_time},
    {"process_time_ns", t_process_time_ns},
    {"thread_time", t_process_time},
    {"thread_time_ns", t_process_time_ns},
    {"sleep", t_sleep},
    {"localtime", t_localtime},
    {"gmtime", t_gmtime},
    {"mktime", t_mktime},
    {"strftime", t_strftime},
    {"asctime", t_asctime},
    {"ctime", t_ctime},
    {nullptr, nullptr},
};

}  // namespace

Module* init_time_module(Interp& I) {
  SysState& st = sys_state(I);
  if (!st.struct_time) {
    static const char* const kFields[] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour", "tm_min",   "tm_sec",
                                          "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};
    st.struct_time = new_struct_seq_type(I, "time", "struct_time", kFields, 11, 9);
  }
  Module* m = I.new_module("time");
  add_functions(I, m, kTimeFunctions);
  set_attr_str(I, m, "struct_time", obj_value(st.struct_time));
  // The zone as CPython computes it: from January and July of this year.
  tzset();
  std::time_t now = std::time(nullptr);
  std::tm cur{};
  localtime_r(&now, &cur);
  std::tm jan{}, jul{};
  jan.tm_year = jul.tm_year = cur.tm_year;
  jan.tm_mday = jul.tm_mday = 1;
  jul.tm_mon = 6;
  jan.tm_isdst = jul.tm_isdst = -1;
  std::time_t tj = std::mktime(&jan), tl = std::mktime(&jul);
  std::tm lj{}, ll{};
  localtime_r(&tj, &lj);
  localtime_r(&tl, &ll);
  long off_jan = -lj.tm_gmtoff, off_jul = -ll.tm_gmtoff;
  std::string name_jan = lj.tm_zone ? lj.tm_zone : "UTC", name_jul = ll.tm_zone ? ll.tm_zone : "UTC";
  bool south = off_jan < off_jul;  // southern hemisphere: DST in January
  set_attr_str(I, m, "timezone", I.new_int(int64_t(south ? off_jul : off_jan)));
  set_attr_str(I, m, "altzone", I.new_int(int64_t(south ? off_jan : off_jul)));
  set_attr_str(I, m, "daylight", Value::small(off_jan != off_jul ? 1 : 0));
  Value names = south ? obj_value(I.tuple({I.new_str(name_jul), I.new_str(name_jan)}))
                      : obj_value(I.tuple({I.new_str(name_jan), I.new_str(name_jul)}));
  set_attr_str(I, m, "tzname", names);
  return m;
}

}  // namespace il
