//===- TimeFold.cpp - Time arithmetic folded to a lifetime ----------------===//
//
// Folds `Date.now()/1000 + 7*24*3600`, `time.time() + 30*86400`,
// `datetime.now() + timedelta(days=7)`, `Instant.now().plus(7,
// ChronoUnit.DAYS)`, `DateTimeOffset.UtcNow.AddDays(30).ToUnixTimeSeconds()`,
// `Time.now.to_i + 30.days`, `time.Now().Add(30*24*time.Hour).Unix()` and the
// like into Const + PerNow * now (seconds). The clock readers, durations and
// conversions below are the standard libraries' time APIs.
//
//===----------------------------------------------------------------------===//
#include "facts/Flow.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include <cmath>
#include <cstdlib>
#include <ctime>

using namespace rtclint;
using llvm::StringRef;

namespace {

using Resolver = std::function<std::optional<TimeValue>(StringRef)>;

/// Seconds in one unit named by a word: days, HOURS, Minute, ms, ...
std::optional<double> unitSeconds(StringRef W) {
  std::string L = W.lower();
  StringRef U = L;
  if (U.size() > 3 && U.ends_with("s") && U != "seconds" && U != "ms")
    U = U.drop_back();
  return llvm::StringSwitch<std::optional<double>>(U)
      .Cases("week", "weeks", 604800.0)
      .Cases("day", "days", 86400.0)
      .Cases("hour", "hours", 3600.0)
      .Cases("minute", "minutes", "min", 60.0)
      .Cases("second", "seconds", "sec", 1.0)
      .Cases("millisecond", "milli", "ms", 0.001)
      .Default(std::nullopt);
}

/// Epoch seconds of a UTC calendar time (month 1-12, day 1-31).
double dateSeconds(int Y, int Mo, int D, int H = 0, int Mi = 0, int S = 0) {
  std::tm T{};
  T.tm_year = Y - 1900;
  T.tm_mon = Mo - 1;
  T.tm_mday = D;
  T.tm_hour = H;
  T.tm_min = Mi;
  T.tm_sec = S;
  return double(timegm(&T));
}

/// Month names as Go spells them (time.January).
std::optional<double> monthNumber(StringRef W) {
  static const char *const Months[] = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  for (unsigned I = 0; I < 12; ++I)
    if (W == Months[I])
      return double(I + 1);
  return std::nullopt;
}

class Folder {
public:
  Folder(std::vector<ExprItem> Items, const Resolver &R)
      : T(std::move(Items)), Resolve(R) {}

  std::optional<TimeValue> run() {
    auto V = expr();
    if (!V || Pos != T.size())
      return std::nullopt;
    return V;
  }

private:
  std::vector<ExprItem> T;
  const Resolver &Resolve;
  size_t Pos = 0;

  bool punct(StringRef P) {
    if (Pos < T.size() && T[Pos].K == ExprItem::Punct && T[Pos].Text == P) {
      ++Pos;
      return true;
    }
    return false;
  }
  bool peekPunct(StringRef P) const {
    return Pos < T.size() && T[Pos].K == ExprItem::Punct && T[Pos].Text == P;
  }

  static std::optional<TimeValue> add(std::optional<TimeValue> A,
                                      std::optional<TimeValue> B, double Sign) {
    if (!A || !B)
      return std::nullopt;
    return TimeValue{A->Const + Sign * B->Const, A->PerNow + Sign * B->PerNow};
  }

  std::optional<TimeValue> expr() {
    auto V = term();
    while (V) {
      if (punct("+"))
        V = add(V, term(), 1);
      else if (punct("-"))
        V = add(V, term(), -1);
      else
        break;
    }
    return V;
  }

  std::optional<TimeValue> term() {
    auto V = unary();
    while (V) {
      if (punct("*")) {
        auto B = unary();
        if (!B || (V->PerNow != 0 && B->PerNow != 0))
          return std::nullopt;
        double K = V->PerNow != 0 ? B->Const : V->Const;
        TimeValue Base = V->PerNow != 0 ? *V : *B;
        if (V->PerNow == 0 && B->PerNow == 0)
          V = TimeValue{V->Const * B->Const, 0};
        else
          V = TimeValue{Base.Const * K, Base.PerNow * K};
      } else if (punct("/") || punct("//")) {
        auto B = unary();
        if (!B || B->PerNow != 0 || B->Const == 0)
          return std::nullopt;
        V = TimeValue{V->Const / B->Const, V->PerNow / B->Const};
      } else {
        break;
      }
    }
    return V;
  }

  std::optional<TimeValue> unary() {
    if (punct("-")) {
      auto V = unary();
      if (V)
        V = TimeValue{-V->Const, -V->PerNow};
      return V;
    }
    if (punct("+"))
      return unary();
    return postfix();
  }

  /// The arguments of a call at Pos ('(' ... ')'): positional values and
  /// keyword values (`days=7`, `days: 7`).
  bool args(std::vector<std::optional<TimeValue>> &Pos_,
            std::vector<std::pair<std::string, std::optional<TimeValue>>> &Kw,
            std::vector<StringRef> &Words) {
    if (!punct("("))
      return false;
    while (!punct(")")) {
      if (Pos >= T.size())
        return false;
      if (T[Pos].K == ExprItem::Chain && Pos + 1 < T.size() &&
          T[Pos + 1].K == ExprItem::Punct &&
          (T[Pos + 1].Text == "=" || T[Pos + 1].Text == ":")) {
        std::string Key = T[Pos].Text.str();
        Pos += 2;
        Kw.emplace_back(Key, expr());
      } else if (T[Pos].K == ExprItem::Chain &&
                 unitSeconds(chainSegments(T[Pos].Text).back()) &&
                 (Pos + 1 >= T.size() || T[Pos + 1].Text == "," ||
                  T[Pos + 1].Text == ")")) {
        Words.push_back(T[Pos].Text); // ChronoUnit.DAYS, TimeUnit.HOURS
        ++Pos;
      } else {
        size_t Before = Pos;
        Pos_.push_back(expr());
        if (Pos == Before)
          return false;
      }
      if (!punct(",") && !peekPunct(")"))
        return false;
    }
    return true;
  }

  std::optional<TimeValue> number(StringRef Text) {
    std::string Digits;
    for (char C : Text)
      if (C != '_')
        Digits += C;
    StringRef D = Digits;
    D = D.rtrim("lLuUfFdDmMn");
    double V;
    if (D.getAsDouble(V))
      return std::nullopt;
    return TimeValue{V, 0};
  }

  std::optional<TimeValue> postfix() {
    if (Pos >= T.size())
      return std::nullopt;
    std::optional<TimeValue> V;
    const ExprItem &It = T[Pos];
    if (punct("(")) {
      // A cast: (int), (long), (double).
      if (Pos + 1 < T.size() && T[Pos].K == ExprItem::Chain &&
          T[Pos + 1].Text == ")" &&
          llvm::is_contained({"int", "long", "double", "float", "int64", "Int",
                              "Long", "Double", "Math.floor"},
                             T[Pos].Text)) {
        Pos += 2;
        return unary();
      }
      V = expr();
      if (!punct(")"))
        return std::nullopt;
    } else if (It.K == ExprItem::String) {
      // A date written as text: new Date('2030-01-01'), strtotime('...').
      ++Pos;
      if (auto D = parseDateTime(It.Text))
        V = TimeValue{*D, 0};
    } else if (It.K == ExprItem::Number) {
      ++Pos;
      V = number(It.Text);
      // Ruby/Kotlin durations: 30.days, 2.hours, 1.week.from_now.
    } else if (It.K == ExprItem::Chain) {
      V = chain();
    } else {
      return std::nullopt;
    }
    return methods(V);
  }

  /// `.name`, `.name(args)` after a value: unit conversions, additions.
  std::optional<TimeValue> methods(std::optional<TimeValue> V) {
    while (V && Pos + 1 < T.size() && T[Pos].K == ExprItem::Punct &&
           (T[Pos].Text == "." || T[Pos].Text == "->") &&
           T[Pos + 1].K == ExprItem::Chain) {
      ++Pos;
      std::vector<std::string> Segs = chainSegments(T[Pos].Text);
      ++Pos;
      for (size_t I = 0; V && I < Segs.size(); ++I) {
        bool Last = I + 1 == Segs.size();
        std::vector<std::optional<TimeValue>> A;
        std::vector<std::pair<std::string, std::optional<TimeValue>>> Kw;
        std::vector<StringRef> Words;
        if (Last && peekPunct("(") && !args(A, Kw, Words))
          return std::nullopt;
        V = apply(*V, Segs[I], A, Words);
      }
    }
    return V;
  }

  /// A method or property on a time value or a number.
  std::optional<TimeValue> apply(TimeValue V, StringRef M,
                                 const std::vector<std::optional<TimeValue>> &A,
                                 const std::vector<StringRef> &Words) {
    auto Arg = [&](size_t I) -> std::optional<TimeValue> {
      return I < A.size() ? A[I] : std::nullopt;
    };
    // Conversions that keep the value (or scale milliseconds).
    if (llvm::is_contained(
            {"to_i",          "getEpochSecond", "ToUnixTimeSeconds",
             "Unix",          "timestamp",      "epochSecond",
             "getTime",       "valueOf",        "timeIntervalSince1970",
             "total_seconds", "TotalSeconds",   "getSeconds",
             "toSeconds",     "seconds",        "inWholeSeconds",
             "epochSeconds",  "floor",          "round",
             "ceil",          "to_f",           "intValue",
             "longValue",     "toLong",         "toInt",
             "Seconds",       "getTimestamp",   "utc",
             "toInstant",     "toEpochSecond",  "atStartOfDay",
             "atZone",        "toDate",         "UTC"},
            M))
      return V;
    if (llvm::is_contained({"toEpochMilli", "ToUnixTimeMilliseconds",
                            "UnixMilli", "toMillis", "inWholeMilliseconds",
                            "TotalMilliseconds", "Milliseconds"},
                           M))
      return TimeValue{V.Const * 1000, V.PerNow * 1000};
    // Numbers as durations: 30.days, 2.hours.
    if (V.PerNow == 0 && A.empty())
      if (auto U = unitSeconds(M))
        return TimeValue{V.Const * *U, 0};
    if (M == "from_now" || M == "since" || M == "fromNow")
      return TimeValue{V.Const, V.PerNow + 1};
    if (M == "ago")
      return TimeValue{-V.Const, V.PerNow + 1};
    // Additions: plus(7, ChronoUnit.DAYS), plusDays(7), AddDays(30),
    // Add(d), add(d), addDays(30).
    StringRef Unit = M;
    bool Plus = Unit.consume_front("plus") || Unit.consume_front("Plus") ||
                Unit.consume_front("Add") || Unit.consume_front("add");
    bool Minus =
        !Plus && (Unit.consume_front("minus") || Unit.consume_front("sub") ||
                  Unit.consume_front("Subtract"));
    if (Plus || Minus) {
      double Sign = Minus ? -1 : 1;
      std::optional<TimeValue> N = Arg(0);
      if (!N || N->PerNow != 0)
        return std::nullopt;
      double Secs = 1;
      if (!Unit.empty()) {
        auto U = unitSeconds(Unit);
        if (!U)
          return std::nullopt;
        Secs = *U;
      } else if (!Words.empty()) {
        auto U = unitSeconds(chainSegments(Words[0]).back());
        if (!U)
          return std::nullopt;
        Secs = *U;
      }
      return TimeValue{V.Const + Sign * N->Const * Secs, V.PerNow};
    }
    return std::nullopt;
  }

  /// A date written in the code: from text (`new Date('2030-01-01')`,
  /// `strtotime(...)`, `Instant.parse(...)`) or from calendar fields
  /// (`datetime(2030, 1, 1)`, `new DateTime(2030, 1, 1)`, `LocalDate.of`,
  /// `Time.utc`, `time.Date`, `mktime`, JavaScript's 0-based months). In
  /// JavaScript dates are milliseconds, elsewhere seconds.
  static std::optional<TimeValue>
  writtenDate(bool New, StringRef Joined, StringRef Last,
              const std::vector<std::optional<TimeValue>> &A, bool TextArg) {
    bool JS = (New && Last == "Date") || Joined == "Date.UTC" ||
              Joined == "Date.parse";
    double Scale = JS ? 1000 : 1;
    if (TextArg) {
      bool Parser =
          JS || llvm::is_contained({"parse", "Parse", "fromisoformat",
                                    "strtotime", "DateTime", "DateTimeOffset",
                                    "DateTimeImmutable", "Carbon"},
                                   Last);
      const std::optional<TimeValue> &Text =
          A.size() == 1 ? A[0] : std::optional<TimeValue>();
      if (Parser && Text.has_value() && Text.value().PerNow == 0)
        return TimeValue{Text.value().Const * Scale, 0};
      return std::nullopt;
    }
    // A calendar field, or -1 when it does not fold to a constant.
    auto Field = [&](size_t I, double Default) {
      if (I >= A.size())
        return Default;
      const std::optional<TimeValue> &X = A[I];
      return X.has_value() && X.value().PerNow == 0 ? X.value().Const : -1.0;
    };
    // mktime(hour, minute, second, month, day, year) in PHP.
    bool Php = Joined == "mktime" || Joined == "gmmktime";
    bool Fields =
        Php || (JS && A.size() >= 2) ||
        (New && (Last == "DateTime" || Last == "DateTimeOffset")) ||
        llvm::is_contained({"datetime", "datetime.datetime", "Time.new",
                            "Time.utc", "Time.gm", "Time.local", "Time.mktime",
                            "Date.new", "DateTime.new", "LocalDate.of",
                            "LocalDateTime.of", "ZonedDateTime.of",
                            "OffsetDateTime.of", "time.Date", "Date.civil"},
                           Joined);
    if (!Fields || A.size() < (Php ? 6 : JS ? 2 : 3))
      return std::nullopt;
    const unsigned Order[6] = {5, 3, 4, 0, 1, 2}; // PHP: y mo d h mi s
    double V[6];
    for (unsigned I = 0; I < 6; ++I)
      V[I] = Field(Php ? Order[I] : I, I == 2 ? 1 : 0);
    if (llvm::any_of(V, [](double X) { return X < 0; }))
      return std::nullopt;
    double Mo = V[1] + (JS ? 1 : 0);
    if (V[0] < 1970 || V[0] > 9999 || Mo < 1 || Mo > 12)
      return std::nullopt;
    return TimeValue{dateSeconds(int(V[0]), int(Mo), int(V[2]), int(V[3]),
                                 int(V[4]), int(V[5])) *
                         Scale,
                     0};
  }

  /// A chain, possibly called: a clock reader, a duration constructor, a
  /// transparent wrapper, or a named constant.
  std::optional<TimeValue> chain() {
    bool New = T[Pos].Text == "new";
    if (New) {
      ++Pos;
      if (Pos >= T.size() || T[Pos].K != ExprItem::Chain)
        return std::nullopt;
    }
    StringRef Text = T[Pos].Text;
    bool Called = T[Pos].Called;
    ++Pos;
    std::vector<std::string> Segs = chainSegments(Text);
    StringRef Last = Segs.back();
    std::string Joined = llvm::join(Segs, ".");
    std::vector<std::optional<TimeValue>> A;
    std::vector<std::pair<std::string, std::optional<TimeValue>>> Kw;
    std::vector<StringRef> Words;
    bool TextArg =
        Called && Pos + 1 < T.size() && T[Pos + 1].K == ExprItem::String;
    if (Called && !args(A, Kw, Words))
      return std::nullopt;
    // The first argument's value, when there is one and it folded.
    const std::optional<TimeValue> First = A.empty() ? std::nullopt : A.front();
    if (auto D = writtenDate(New, Joined, Last, A, TextArg))
      return D;
    // Clock readers.
    if (Joined == "Date.now" || Joined == "System.currentTimeMillis" ||
        (New && Last == "Date" && A.empty()) || Joined == "performance.now")
      return TimeValue{0, 1000};
    if (New && Last == "Date" && A.size() == 1)
      return A[0]; // new Date(ms)
    // The Unix epoch, to subtract from a date.
    if (Joined == "DateTime.UnixEpoch" || Joined == "DateTimeOffset.UnixEpoch")
      return TimeValue{0, 0};
    if (llvm::is_contained({"time.time",
                            "time",
                            "datetime.now",
                            "datetime.utcnow",
                            "datetime.datetime.now",
                            "datetime.datetime.utcnow",
                            "timezone.now",
                            "Time.now",
                            "Time.current",
                            "DateTime.now",
                            "Time.zone.now",
                            "Instant.now",
                            "Clock.System.now",
                            "ZonedDateTime.now",
                            "OffsetDateTime.now",
                            "LocalDateTime.now",
                            "time.Now",
                            "Carbon.now",
                            "now",
                            "DateTimeOffset.UtcNow",
                            "DateTimeOffset.Now",
                            "DateTime.UtcNow",
                            "DateTime.Now",
                            "Date",
                            "Time.now.utc",
                            "Math.floor.Date.now"},
                           Joined) &&
        A.empty() && Words.empty())
      return TimeValue{0, 1};
    // Properties that already read the clock: Time.now.to_i is handled by
    // methods(); DateTimeOffset.UtcNow.AddDays is split here.
    for (StringRef Clock :
         {"DateTimeOffset.UtcNow", "DateTime.UtcNow", "DateTimeOffset.Now",
          "DateTime.Now", "Time.now", "Time.current", "Date.now"})
      if (StringRef(Joined).starts_with(Clock.str() + ".")) {
        TimeValue V =
            Clock == "Date.now" ? TimeValue{0, 1000} : TimeValue{0, 1};
        std::vector<std::string> Rest =
            chainSegments(StringRef(Joined).drop_front(Clock.size() + 1));
        std::optional<TimeValue> R = V;
        for (size_t I = 0; R && I < Rest.size(); ++I)
          R = apply(*R, Rest[I], I + 1 == Rest.size() ? A : decltype(A){},
                    Words);
        return R;
      }
    // Durations.
    if (Last == "timedelta" || Last == "relativedelta" || Last == "Duration" ||
        Last == "TimeSpan") {
      double Sum = 0;
      for (auto &[K, V] : Kw) {
        auto U = unitSeconds(K);
        if (!U || !V || V->PerNow != 0)
          return std::nullopt;
        Sum += *U * V->Const;
      }
      if (Last == "timedelta" && First && Kw.empty())
        Sum += First->Const * 86400; // timedelta(7): days
      return TimeValue{Sum, 0};
    }
    StringRef Ctor = Last;
    if (Ctor.consume_front("of") || Ctor.consume_front("From") ||
        Ctor.consume_front("from")) {
      auto U = unitSeconds(Ctor);
      if (U && A.size() == 1 && First && First->PerNow == 0)
        return TimeValue{First->Const * *U, 0};
    }
    // TimeUnit.DAYS.toSeconds(30), time.Hour, time.Second * 30.
    if (Segs.size() >= 2 && Segs[0] == "time" && !Called) {
      if (auto U = unitSeconds(Last))
        return TimeValue{*U, 0};
      if (auto M = monthNumber(Last))
        return TimeValue{*M, 0}; // time.Date(2030, time.January, 1, ...)
    }
    if (Segs.size() == 3 && (Segs[0] == "TimeUnit") && A.size() == 1 && First)
      if (auto U = unitSeconds(Segs[1]))
        return TimeValue{First->Const * *U, 0};
    // Wrappers that keep their argument's value.
    if (Called && !A.empty() &&
        llvm::is_contained(
            {"round",   "floor",   "ceil",       "trunc",   "parseInt",
             "int",     "float",   "long",       "Number",  "intval",
             "Int",     "Long",    "int64",      "float64", "toIntExact",
             "ToInt64", "ToInt32", "Math.Round", "abs",     "strconv.Itoa",
             "Int64",   "Double",  "BigInt"},
            Last))
      return A[0];
    // A method on a variable: expires.timestamp(), deadline.getTime().
    if (Segs.size() > 1 && !New)
      if (std::optional<TimeValue> Root = Resolve(Segs[0])) {
        std::optional<TimeValue> R = Root;
        for (size_t I = 1; R && I < Segs.size(); ++I)
          R = apply(*R, Segs[I], I + 1 == Segs.size() ? A : decltype(A){},
                    Words);
        if (R)
          return R;
      }
    if (Called || New)
      return std::nullopt;
    // A named constant: ONE_WEEK, self::TTL, config.ttl.
    return Resolve(Text);
  }
};

} // namespace

std::optional<TimeValue> rtclint::foldTime(StringRef Text,
                                           const Resolver &Resolve) {
  std::vector<ExprItem> Items;
  scanExpr(Text, Span{0, uint32_t(Text.size())}, Items);
  if (Items.empty() || Items.size() > 200)
    return std::nullopt;
  return Folder(std::move(Items), Resolve).run();
}

double rtclint::referenceNow() {
  if (const char *Env = std::getenv("SOURCE_DATE_EPOCH")) {
    long long Epoch;
    if (!StringRef(Env).trim().getAsInteger(10, Epoch))
      return double(Epoch);
  }
  std::time_t T = std::time(nullptr);
  return double(T - T % 86400);
}

std::optional<FoldedLifetime> rtclint::foldedLifetime(const TimeValue &V,
                                                      double Now) {
  FoldedLifetime L;
  L.Now = Now;
  if (std::fabs(V.PerNow) < 1e-9) {
    double At = V.Const;
    if (At >= 1e12 && At < 1e13)
      At /= 1000; // epoch milliseconds
    else if (At >= 1e10)
      return std::nullopt;
    if (At < 1e9) {
      L.Seconds = At;
      return L;
    }
    L.Until = At;
    L.Seconds = At - Now;
    return L;
  }
  // now in seconds (PerNow 1) or milliseconds (PerNow 1000).
  if (std::fabs(V.PerNow - 1) < 1e-6)
    L.Seconds = V.Const;
  else if (std::fabs(V.PerNow - 1000) < 1e-3)
    L.Seconds = V.Const / 1000;
  else
    return std::nullopt;
  return L;
}

std::optional<double> rtclint::lifetimeSeconds(const TimeValue &V) {
  auto L = foldedLifetime(V, referenceNow());
  return L ? std::optional<double>(L->Seconds) : std::nullopt;
}

std::optional<double> rtclint::parseDateTime(StringRef S) {
  S = S.trim();
  auto Num = [&](unsigned Digits, int &Out) {
    if (S.size() < Digits || !llvm::all_of(S.take_front(Digits), llvm::isDigit))
      return false;
    Out = 0;
    for (char C : S.take_front(Digits))
      Out = Out * 10 + (C - '0');
    S = S.drop_front(Digits);
    return true;
  };
  int Y, Mo, D, H = 0, Mi = 0, Sec = 0;
  if (!Num(4, Y) || !S.consume_front("-") || !Num(2, Mo) ||
      !S.consume_front("-") || !Num(2, D) || Mo < 1 || Mo > 12 || D < 1 ||
      D > 31)
    return std::nullopt;
  if (S.consume_front("T") || S.consume_front(" ")) {
    if (!Num(2, H) || !S.consume_front(":") || !Num(2, Mi))
      return std::nullopt;
    if (S.consume_front(":") && !Num(2, Sec))
      return std::nullopt;
    if (S.consume_front("."))
      S = S.drop_while(llvm::isDigit);
  }
  double Offset = 0;
  if (!S.consume_front("Z") && !S.empty()) {
    int Sign = S.front() == '-' ? -1 : S.front() == '+' ? 1 : 0;
    int OH = 0, OM = 0;
    if (Sign == 0)
      return std::nullopt;
    S = S.drop_front();
    if (!Num(2, OH))
      return std::nullopt;
    S.consume_front(":");
    if (!S.empty() && !Num(2, OM))
      return std::nullopt;
    Offset = Sign * (OH * 3600.0 + OM * 60.0);
  }
  if (!S.empty())
    return std::nullopt;
  return dateSeconds(Y, Mo, D, H, Mi, Sec) - Offset;
}

std::optional<double> FlowIndex::seconds(Span E) const {
  auto L = expiry(E);
  return L ? std::optional<double>(L->Seconds) : std::nullopt;
}

std::optional<FoldedLifetime> FlowIndex::expiry(Span E) const {
  auto V = timeAt(E, 0);
  if (!V)
    return std::nullopt;
  return foldedLifetime(*V, referenceNow());
}

std::optional<TimeValue> FlowIndex::timeAt(Span E, unsigned Depth) const {
  return foldTime(Code.slice(E.Begin, E.End),
                  [&](StringRef Name) -> std::optional<TimeValue> {
                    if (Depth >= 4)
                      return std::nullopt;
                    // Offsets of Text are relative to E: the use is at E.
                    for (int32_t D : definitions(Name, E.Begin))
                      if (!F.Bindings[D].ValueRange.empty())
                        return timeAt(F.Bindings[D].ValueRange, Depth + 1);
                    return std::nullopt;
                  });
}
