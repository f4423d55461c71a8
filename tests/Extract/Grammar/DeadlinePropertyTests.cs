using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Model;
using FsCheck;
using FsCheck.Fluent;

namespace DirectiveTracker.Extract.Tests.Grammar;

/// <summary>Property tests of the date grammar (FsCheck, checked inside [Fact]).</summary>
public class DeadlinePropertyTests
{
    private static readonly DeadlineParser Parser = new();
    private static readonly DeadlineContext Ctx = new(2000, null);

    private static readonly Gen<DateOnly> ValidDates =
        from y in Gen.Choose(2000, 2060)
        from m in Gen.Choose(1, 12)
        from d in Gen.Choose(1, DateTime.DaysInMonth(y, m))
        select new DateOnly(y, m, d);

    private static readonly string[] Forms = ["{0}-{1}-{2}", "{0}/{1}/{2}", "{0}.{1}.{2}", "ngày {0} tháng {1} năm {2}"];

    [Fact]
    public void Every_valid_date_in_every_form_parses_back()
    {
        var cases =
            from date in ValidDates
            from form in Gen.Elements(Forms)
            from pad in Gen.Elements(true, false)
            select (date, form, pad);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (date, form, pad) = c;
            string dd = pad ? date.Day.ToString("00") : date.Day.ToString();
            string mm = pad ? date.Month.ToString("00") : date.Month.ToString();
            var text = "hoàn thành trước " + (form.StartsWith("ngày") ? "" : "ngày ") + string.Format(form, dd, mm, date.Year);
            var d = Parser.Parse(text, Ctx);
            return d is not null && d.Kind == DeadlineKind.Date && d.Due == date && text.EndsWith(d.Text, StringComparison.Ordinal);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Quarters_end_on_the_last_day_of_their_third_month()
    {
        var cases =
            from q in Gen.Choose(1, 4)
            from y in Gen.Choose(2000, 2060)
            from roman in Gen.Elements(true, false)
            from style in Gen.Elements("Quý {0}/{1}", "quý {0} năm {1}", "trong Quý {0} năm {1}", "QUÝ {0}/{1}")
            select (q, y, roman, style);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (q, y, roman, style) = c;
            var numeral = roman ? new[] { "I", "II", "III", "IV" }[q - 1] : q.ToString();
            var d = Parser.Parse("Trình đề án " + string.Format(style, numeral, y), Ctx);
            var expected = new DateOnly(y, q * 3, DateTime.DaysInMonth(y, q * 3));
            return d is not null && d.Kind == DeadlineKind.Period && d.Due == expected;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Impossible_dates_are_not_dates()
    {
        var cases =
            from y in Gen.Choose(2000, 2060)
            from m in Gen.Choose(1, 12)
            from extra in Gen.Choose(1, 3)
            from form in Gen.Elements(Forms)
            let d = DateTime.DaysInMonth(y, m) + extra
            where d <= 31 || extra == 1
            select (d, m, y, form);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var text = "trước ngày " + string.Format(c.form.Replace("ngày ", ""), c.d, c.m, c.y);
            var found = Parser.FindAll(text, Ctx);
            return found.All(f => f.Deadline.Kind != DeadlineKind.Date);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Months_end_on_their_last_day()
    {
        var cases = from m in Gen.Choose(1, 12) from y in Gen.Choose(2000, 2060) select (m, y);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var d = Parser.Parse($"hoàn thành trong tháng {c.m}/{c.y}", Ctx);
            return d is not null && d.Due == new DateOnly(c.y, c.m, DateTime.DaysInMonth(c.y, c.m));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Next_yearly_due_is_the_first_such_day_after_the_document_date()
    {
        var cases = from doc in ValidDates from day in ValidDates select (doc, day);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var ctx = new DeadlineContext(c.doc.Year, c.doc);
            var d = Parser.Parse($"gửi báo cáo trước ngày {c.day.Day}/{c.day.Month} hằng năm", ctx);
            if (d is null || d.Kind != DeadlineKind.Recurring || d.Every != Recurrence.Year || d.Due is not DateOnly due) return false;
            return due > c.doc && due.AddYears(-1) <= c.doc && due.Month == c.day.Month;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Parsing_never_throws_and_spans_stay_inside_the_text()
    {
        var alphabet = "0123456789 /-.,;:()ngàytháquýIVhằnăm đếtrướcxuyêngiaiđoạnkỳ\n\u00A0\u200BÐ*…“”".ToCharArray();
        var texts =
            from len in Gen.Choose(0, 80)
            from chars in Gen.ArrayOf(Gen.Elements(alphabet), len)
            select new string(chars);
        var words = Gen.Elements("ngày", "tháng", "năm", "quý", "trước", "hằng", "định kỳ", "6", "31", "2", "2025", "/", "-", "thường xuyên", "giai đoạn", "đến", "từ", "II", "(", ")", "0 6");
        var phrases = from n in Gen.Choose(0, 12) from ws in Gen.ArrayOf(words, n) select string.Join(" ", ws);
        Prop.ForAll(Gen.OneOf(texts, phrases).ToArbitrary(), text =>
        {
            foreach (var ctx in new[] { DeadlineContext.None, Ctx, new DeadlineContext(2025, new DateOnly(2025, 12, 31)) })
            {
                Parser.Parse(text, ctx);
                foreach (var m in Parser.FindAll(text, ctx))
                    if (m.Start < 0 || m.Length <= 0 || m.Start + m.Length > text.Length) return false;
            }
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Other_grammars_never_throw_on_random_text()
    {
        var alphabet = "abcdeghiklmnopqrstuvxyàáảãạăâđêôơưÐĐSởBanUỷTT&/-., ;:()0123456789\n\u200B“”".ToCharArray();
        var texts = from len in Gen.Choose(0, 120) from chars in Gen.ArrayOf(Gen.Elements(alphabet), len) select new string(chars);
        var recognizer = new AgencyRecognizer();
        var owners = new OwnerParser();
        var refs = new ReferenceParser();
        var rules = new CategoryRules();
        Prop.ForAll(texts.ToArbitrary(), text =>
        {
            foreach (var m in recognizer.FindAll(text))
                if (m.Start < 0 || m.Start + m.Length > text.Length) return false;
            owners.Parse(text);
            refs.FindAll(text, Ctx);
            rules.Classify(text);
            CategoryModel.Embedded!.Classify(text);
            DocumentNumber.Normalize(text);
            AgencyName.Key(text);
            return true;
        }).QuickCheckThrowOnFailure();
    }
}
