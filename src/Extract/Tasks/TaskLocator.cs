using System.Text.RegularExpressions;
using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Structure;
using DirectiveTracker.Ingest.Text;

namespace DirectiveTracker.Extract.Tasks;

/// <summary>Finds the tasks in a body outline and the owner texts that apply to each (EXTRACTION.md "Tasks").</summary>
/// <remarks>
/// The task is the smallest item that carries an action; an item with nested items is a heading, owner heading or
/// intro whose owner passes down. A "* …" line applies to the items between it and the previous "* …" line (or the
/// start of its block). In the last task section, unnumbered paragraphs after the last item that have their own
/// subject are tasks of the section; closing boilerplate ends the body.
/// </remarks>
public sealed partial class TaskLocator(IOwnerShape shape)
{
    // The headings' word lists (section-words.json): sections without tasks, sections owned only, statement topics.
    private static readonly SectionWords Words = SectionWords.Embedded;
    private static readonly AgencyWords Agencies = AgencyWords.Embedded;

    // A topic named alone on a bullet is short ("Nguồn vốn quốc tế", "Các nguồn vốn hợp pháp khác"); longer, it is a sentence.
    private const int StatedTopicWords = 8;

    /// <summary>
    /// Told each item dropped for its shape alone (a closing notice, a quoted provision, an allocation field …): the task
    /// model's training learns from them what no task looks like, shapes the labels' false positives seldom show.
    /// </summary>
    public Action<TaskDraft>? Dropped { get; init; }

    // The verbs of stating, the drafted plan's topics, nouns and assignment words, the coming period's titles and the duty
    // titles are section-words.json's lists too (why each reads as it does is said there).

    private TaskDraft[] Drop(string path, string text, string? heading)
    {
        Dropped?.Invoke(new TaskDraft { Path = path, Text = text, Heading = heading });
        return [];
    }

    /// <summary>
    /// The tasks of a plan or directive; with <paramref name="comingPeriodOnly"/> (a report), only those of the parts
    /// and sections about the coming period: the rest of a report tells what was done.
    /// </summary>
    /// <param name="ownPlan">False when the document is not itself a plan (a directive): then the parts describing a plan
    /// it orders to be drafted hold no tasks.</param>
    public IReadOnlyList<TaskDraft> Locate(Outline outline, bool comingPeriodOnly = false, bool ownPlan = true)
    {
        var drafts = new List<TaskDraft>();
        // The document gives an opinion ("… có ý kiến như sau:"): its topic items that ask nothing are findings.
        bool opinionLetter = OpinionFinding.IsOpinionLetter(outline.Preamble);
        // A letter to one addressee asks it by a back-reference ("đề nghị Công ty …:"): the opening names that addressee.
        var letterAddressee = LetterAddressee.Single(outline);
        OwnerSource? documentIntro = null;
        foreach (var opening in outline.Preamble.Where(p => p.TrimEnd().EndsWith(':')))
        {
            if (letterAddressee is not null && LetterAddressee.Opening(opening, letterAddressee) is { } asked)
                documentIntro = new OwnerSource(OwnerSourceKind.Addressee, asked, [letterAddressee]);
            else if (shape.DirectiveAddressee(opening) is { } addressee)
                documentIntro = new OwnerSource(OwnerSourceKind.Addressee, addressee);
        }
        var baseOwners = documentIntro is null ? [] : new List<OwnerSource> { documentIntro };

        if (outline.HasSections)
        {
            // What each section is, asked once: the walk below and the last task section both need it.
            var sections = Sections(outline, ownPlan).Where(s => !comingPeriodOnly || s.ComingPeriod)
                .Select(s => (s.Node, s.Label, Task: IsTaskSection(s.Node), OwnedOnly: IsOwnedOnlySection(s.Node))).ToList();
            // Beside a section of the work ("IV. NHIỆM VỤ VÀ GIẢI PHÁP"), one of orientations ("III. ĐỊNH HƯỚNG PHÁT TRIỂN") says
            // where the field is headed, as its targets do.
            if (sections.Any(s => NamesTaskWord(s.Node.Text)))
                sections = sections.Select(s => s with { Task = s.Task && !IsOrientation(s.Node) }).ToList();
            foreach (var (section, label, task, ownedOnlySection) in sections)
            {
                if (!task && !ownedOnlySection)
                {
                    drafts.AddRange(WorkListsIn(section, label, baseOwners, section.Text, opinionLetter));
                    continue;
                }
                int first = drafts.Count;
                var owners = new List<OwnerSource>(baseOwners);
                if (SectionOwner(section) is { } sectionOwner) owners.Insert(0, sectionOwner);
                var intro = Paragraphs(section.Continuations, out var afterClosing);
                if (section.HasItems)
                {
                    if (SectionIntro(section, intro) is { } introText) owners.Insert(0, new OwnerSource(OwnerSourceKind.Intro, introText));
                    drafts.AddRange(FieldTask.TryReadGroup(section, label, owners)
                                    ?? CollectChildren(section, label, owners, section.Text, opinionLetter));
                }
                else
                {
                    // A section of paragraphs only: a task table flattened into lines, or else each sentence-long paragraph is a task
                    // but a closing notice ("Ủy ban nhân dân tỉnh yêu cầu … tổ chức thực hiện nghiêm túc chỉ thị này.").
                    var flat = TaskTableReader.ReadFlattened(intro, label);
                    if (flat.Count > 0) drafts.AddRange(flat);
                    else
                        foreach (var p in intro.Where(p => VietnameseText.WordCount(p) >= 8 && !ClosingNotice.Is(p)))
                            drafts.Add(new TaskDraft { Path = label, Text = p, Owners = owners });
                }
                _ = afterClosing;
                bool ownedOnly = ownedOnlySection || IsStatementHeading(section);
                // Tables and field groups name no heading of their own: the section's title stands over them.
                for (int i = first; i < drafts.Count; i++)
                    if (ownedOnly || drafts[i].Heading is null)
                        drafts[i] = drafts[i] with { RequiresOwner = drafts[i].RequiresOwner || ownedOnly, Heading = drafts[i].Heading ?? section.Text };
            }
            if (sections.LastOrDefault(s => s.Task) is { Node: not null } lastSection) DetachTrailing(lastSection.Node, lastSection.Label, drafts, baseOwners);
            if (!comingPeriodOnly && ArticlesAfterSections(outline) is { HasItems: true } articles)
                drafts.AddRange(CollectChildren(articles, "", baseOwners, null, opinionLetter));
        }
        else if (!comingPeriodOnly)
        {
            var root = new OutlineNode(ListMarker.NoMarker, "");
            foreach (var r in outline.Roots.Where(r => r.Marker.Kind != MarkerKind.None)) root.Children.Add(r);
            if (root.HasItems)
            {
                drafts.AddRange(CollectChildren(root, "", baseOwners, null, opinionLetter));
                DetachTrailing(root, "", drafts, baseOwners);
            }
            else
                // A letter without list items: each paragraph in which a body leads ("… giao Sở Nông nghiệp và Môi trường
                // chủ trì, phối hợp …", "Bộ Tài chính … chủ trì, phối hợp …") is a task, numbered in order ("1").
                foreach (var p in outline.Preamble.Where(IsLeadingParagraph))
                    drafts.Add(new TaskDraft { Path = (drafts.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Text = p, Owners = baseOwners });
        }
        return drafts;
    }

    /// <summary>
    /// The articles that follow the sections an article approves ("Điều 1. Phê duyệt Chiến lược … như sau:" / "I. QUAN
    /// ĐIỂM" … "IV. NHIỆM VỤ VÀ GIẢI PHÁP" / "Điều 2. Tổ chức thực hiện" / "2. Bộ Tài nguyên và Môi trường" / "- Chủ trì
    /// …"): the decision goes on after the approved text and assigns in them as any decision's articles do; null when the
    /// sections are not inside an article (a plan attached after its decision, whose articles issue it).
    /// </summary>
    private static OutlineNode? ArticlesAfterSections(Outline outline)
    {
        int first = outline.Roots.FindIndex(r => r.Marker.Kind is MarkerKind.Roman or MarkerKind.Part);
        if (first <= 0 || !outline.Roots.Take(first).Any(r => r.Marker.Kind == MarkerKind.Article)) return null;
        var articles = new OutlineNode(ListMarker.NoMarker, "");
        articles.Children.AddRange(outline.Roots.Skip(first).Where(r => r.Marker.Kind == MarkerKind.Article));
        return articles;
    }

    /// <summary>
    /// The intro whose owners pass down to a section's items. In a section whose items must name their own owner (funding,
    /// what a plan states), only a last paragraph that introduces them ("Các sở, ngành báo cáo như sau:") does: a sentence
    /// of its own before it ("Các doanh nghiệp … chủ động bố trí kinh phí …." / "Nguồn kinh phí … được quy định như sau:")
    /// gives its subject its own work, not the items'.
    /// </summary>
    private static string? SectionIntro(OutlineNode section, List<string> intro)
    {
        if (intro.Count == 0) return null;
        if (!IsOwnedOnlySection(section) && !IsStatementHeading(section)) return string.Join(" ", intro);
        return intro[^1].TrimEnd().EndsWith(':') ? intro[^1] : null;
    }

    /// <summary>
    /// A paragraph of a letter without items in which a body leads: its subject chairs the work ("Bộ Tài chính … chủ trì,
    /// phối hợp …"), the writer hands the work to a body ("Giao các Bộ: Công an, Tài chính … có ý kiến …", "… Ủy ban nhân
    /// dân thành phố đề nghị các sở, ban, ngành … treo cờ …"), or a body is given a follow-up of its own ("Ủy ban nhân dân
    /// các phường, xã có trách nhiệm chỉ đạo, kiểm tra …"). The opening that introduces what follows (ending in a colon) or
    /// tells what was received ("… nhận được Văn bản số … đề nghị …") and the closing call, strict or plain ("Yêu cầu Sở …,
    /// các cơ quan liên quan triển khai thực hiện./."), give none.
    /// </summary>
    private bool IsLeadingParagraph(string paragraph)
    {
        if (BodyText.IsClosing(paragraph) || ClosingNotice.Is(paragraph)) return false;
        var key = BodyText.Key(paragraph);
        if (WholeWords.Contains(key, "chu tri"))
            return shape.HasOwnSubject(paragraph) || shape.DirectiveAddressee(paragraph) is { } a && a.StartsWith("Giao ", StringComparison.Ordinal);
        if (paragraph.TrimEnd().EndsWith(':') || ItemShapeWords.Embedded.ReceiptWords.Any(w => WholeWords.Contains(key, w)) || ClosingNotice.IsPlainCall(paragraph)) return false;
        return shape.DirectiveAddressee(paragraph) is not null || IsClosingTask(paragraph);
    }

    /// <summary>
    /// The sections of the body with their path labels: the roman sections, and the parts of a long plan ("A.", "B.")
    /// — a part over roman sections stands for them ("B.IV"), a part with items is a section itself ("C").
    /// </summary>
    private static IEnumerable<(OutlineNode Node, string Label, bool ComingPeriod)> Sections(Outline outline, bool ownPlan)
    {
        foreach (var root in outline.Roots)
        {
            if (!ownPlan && DescribesDraftedPlan(root)) continue;
            if (root.Marker.Kind == MarkerKind.Roman) yield return (root, root.Marker.Label, IsComingPeriod(root));
            if (root.Marker.Kind != MarkerKind.Part) continue;
            var romans = root.Children.Where(c => c.Marker.Kind == MarkerKind.Roman).ToList();
            if (romans.Count == 0) { yield return (root, root.Marker.Label, IsComingPeriod(root)); continue; }
            // A part about aims or background ("A. MỤC ĐÍCH, YÊU CẦU") holds no tasks, whatever its sections are called.
            if (!IsTaskSection(root)) continue;
            foreach (var r in romans.Where(r => ownPlan || !DescribesDraftedPlan(r))) yield return (r, root.Marker.Label + "." + r.Marker.Label, IsComingPeriod(root) || IsComingPeriod(r));
        }
    }

    private static bool IsComingPeriod(OutlineNode section)
    {
        var key = BodyText.Key(section.Text);
        return Words.ForwardTitles.Any(t => key.StartsWith(t, StringComparison.Ordinal));
    }

    /// <summary>A heading over the contents of, or the requirements for, a plan to be drafted (<see cref="SectionWords.DraftedPlanTopics"/>).</summary>
    private static bool DescribesDraftedPlan(OutlineNode section)
    {
        var key = BodyText.Key(section.Text);
        return Words.DraftedPlanTopics.Any(t => key.StartsWith(t, StringComparison.Ordinal))
               && Words.DraftedPlanNouns.Any(n => key.Contains(n, StringComparison.Ordinal))
               && !Words.AssignmentWords.Any(w => key.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>
    /// A section or item titled by whose tasks it holds ("II. NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Nhiệm vụ
    /// của Sở Y tế", "1. Trách nhiệm chung của các cơ quan, đơn vị"): that body leads the items that name no lead of their
    /// own (an intro, weighed below the item's subject).
    /// </summary>
    private OwnerSource? SectionOwner(OutlineNode section) => TitledOwner(section.Text);

    private OwnerSource? TitledOwner(string title)
    {
        var text = title.Trim().TrimEnd(':', '.').Trim();
        if (DevolvedTo(text) is { } devolved) return devolved;
        var key = BodyText.Key(text);
        if (!Words.DutyTitles.Any(d => key.StartsWith(d, StringComparison.Ordinal))) return null;
        int of = text.IndexOf(" của ", StringComparison.OrdinalIgnoreCase);
        if (of < 0) of = text.IndexOf(" CỦA ", StringComparison.Ordinal);
        if (of < 0) return null;
        var owner = text[(of + 5)..].Trim();
        if (owner.Length == 0) return null;
        if (!shape.IsOwnerHeading(owner))
        {
            if (TitledParty(owner) is { } party) return new OwnerSource(OwnerSourceKind.Intro, party, [party]);
            // Officials named by their titles ("Trách nhiệm của Phó Trưởng phòng được phân công phụ trách … và Chuyên viên
            // được giao nhiệm vụ"), which the agency grammar does not know, are read as a heading of persons names them.
            return shape.BodyHeadingOwners(owner) is { Count: > 0 } officials && officials.All(OwnerShapeWords.Embedded.IsOfficial)
                ? new OwnerSource(OwnerSourceKind.Intro, owner, officials) : null;
        }
        // An all-caps title: each word capitalised ("Bộ Tài Nguyên Và Môi Trường") still reads as the body.
        if (owner.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            var titled = string.Join(' ', owner.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Length > 1 ? w[0] + w[1..].ToLowerInvariant() : w));
            if (shape.IsOwnerHeading(titled)) owner = titled;
        }
        return new OwnerSource(OwnerSourceKind.Intro, owner);
    }

    /// <summary>
    /// The party a duty title names without a determiner, as written: a private party by its role ("Trách nhiệm của nhà
    /// đầu tư trong việc triển khai …" → "nhà đầu tư", "Trách nhiệm của chủ đầu tư"), whom the title addresses as a
    /// request does, or a council or team by the short name the decision gave it ("Nhiệm vụ của Hội đồng"); else null.
    /// </summary>
    private static string? TitledParty(string owner)
    {
        var words = owner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var key = BodyText.Key(owner);
        foreach (var party in Agencies.PrivateParties)
        {
            var partyKey = BodyText.Key(party);
            if (WholeWords.StartsWith(key, partyKey)) return string.Join(' ', words.Take(VietnameseText.WordCount(partyKey)));
        }
        // A bare head is a name only capitalised and alone ("Hội đồng"; not "hội đồng nhân dân các cấp").
        return char.IsUpper(owner[0]) && Agencies.CollegialHeads.Any(h => key == BodyText.Key(h)) ? owner : null;
    }

    /// <summary>
    /// A title by which an authority hands a body duties and powers ("Điều 4. Phân cấp cho Sở Y tế thực hiện một số nhiệm
    /// vụ, quyền hạn sau", "Ủy quyền cho Ủy ban nhân dân cấp xã thực hiện các nhiệm vụ sau", "Thẩm quyền của Ủy ban nhân
    /// dân cấp tỉnh phân cấp cho Chủ tịch Ủy ban nhân dân cấp xã"): a decentralising or delegating decision lists, under
    /// it, work that body carries out from now on, so it leads those items as it would under "Nhiệm vụ của &lt;body&gt;"
    /// (EXTRACTION.md "Tasks"). The body runs from "cho" to where the duties begin, or to the title's end.
    /// </summary>
    private OwnerSource? DevolvedTo(string text)
    {
        // The words' keys joined hold a title only when the text's key does: most titles are asked no further.
        var textKey = BodyText.Key(text);
        if (!Words.DevolutionTitles.Any(t => textKey.Contains(t, StringComparison.Ordinal))) return null;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A key holds no punctuation: a word's key is the word's part of the name.
        var keys = Array.ConvertAll(words, BodyText.Key);
        var key = string.Join(' ', keys);
        // The devolution opens the title, or follows the powers it hands ("Thẩm quyền của … phân cấp cho …"): an
        // authority's own powers listed without handing them ("Thẩm quyền của Chủ tịch …") name no new holder.
        bool powersFirst = Words.DevolvedPowers.Any(p => WholeWords.StartsWith(key, p));
        int at = -1;
        string? title = null;
        for (int i = 0; i < keys.Length - 1 && title is null && (i == 0 || powersFirst); i++)
        {
            var tail = string.Join(' ', keys.Skip(i));
            title = Words.DevolutionTitles.FirstOrDefault(t => tail.StartsWith(t + " ", StringComparison.Ordinal));
            at = i;
        }
        if (title is null) return null;
        int start = at + VietnameseText.WordCount(title);
        for (int end = start + 1; end <= keys.Length; end++)
        {
            // The body ends where the duties begin; a title naming none after it ends with the body.
            if (end < keys.Length && !Words.DevolvedDutyStarts.Any(d => WholeWords.StartsWith(string.Join(' ', keys.Skip(end)), d))) continue;
            var owner = string.Join(' ', words[start..end]).Trim(',', ';').Trim();
            return shape.IsOwnerHeading(owner) ? new OwnerSource(OwnerSourceKind.Intro, owner) : null;
        }
        return null;
    }

    public static bool IsOwnedOnlySection(OutlineNode section) =>
        Words.OwnedOnlySections.Any(n => BodyText.Key(section.Text).StartsWith(n, StringComparison.Ordinal));

    /// <summary>A heading over eligibility, criteria, dossiers, methods, funding or scope (<see cref="SectionWords.StatementTopics"/>).</summary>
    private static bool IsStatementHeading(OutlineNode heading) => IsStatementText(heading.Text);

    private static bool IsStatementText(string text)
    {
        var key = BodyText.Key(text);
        foreach (var verb in Words.StatingVerbs)
            if (key.StartsWith(verb + " ", StringComparison.Ordinal)) key = key[(verb.Length + 1)..];
        return (Words.StatementTopics.Any(n => key.StartsWith(n, StringComparison.Ordinal)) || KindsListed().IsMatch(key))
               && !HasTaskWord(key);
    }

    // The kinds a thing comes in ("Hàng hóa trên thị trường gồm 02 loại:"), folded: a make-up, not work.
    [GeneratedRegex(@"\bgom (?:\d+|hai|ba|bon|nam|cac) loai\b", RegexOptions.CultureInvariant)]
    private static partial Regex KindsListed();

    // A heading naming a task word (section-words.json taskWords) holds tasks whatever else it names.
    private static bool NamesTaskWord(string heading) => HasTaskWord(BodyText.Key(heading));

    // A folded key holding a task word ("nhiem vu", "to chuc thuc hien", …).
    private static bool HasTaskWord(string key) => Words.TaskWords.Any(w => key.Contains(w, StringComparison.Ordinal));

    // A section of orientations (section-words.json orientationSections) that names no task word.
    private static bool IsOrientation(OutlineNode section)
    {
        var key = BodyText.Key(section.Text);
        return Words.OrientationSections.Any(o => WholeWords.StartsWith(key, o)) && !HasTaskWord(key);
    }

    public static bool IsTaskSection(OutlineNode section)
    {
        var key = BodyText.Key(section.Text);
        if (HasTaskWord(key)) return true;
        if (Words.NonTaskSections.Any(n => key.StartsWith(n, StringComparison.Ordinal))) return false;
        // A background topic listed after another ("I. ĐẶC ĐIỂM, TÌNH HÌNH"; a scan's "I- BI CẢNH, TÌNH HÌNH").
        return !section.Text.Split(',').Skip(1).Select(BodyText.Key).Any(part => Words.ListedBackgroundTopics.Any(n => part.StartsWith(n, StringComparison.Ordinal)));
    }

    /// <summary>
    /// The tasks of the work lists in a section that states (aims, scope, who is concerned): an item titled by the work it
    /// lists ("d) Các hoạt động chính" under "2. Tháng hành động", "4. Phương án tổ chức cấp phát" under "III. PHẠM VI, ĐỐI
    /// TƯỢNG, NHU CẦU, PHƯƠNG ÁN HỖ TRỢ") sets out work to be done wherever a plan puts it, so its items are read as a task
    /// section's; the section's other items state.
    /// </summary>
    private IEnumerable<TaskDraft> WorkListsIn(OutlineNode node, string prefix, IReadOnlyList<OwnerSource> owners, string heading, bool opinionLetter)
    {
        int bullets = 0;
        foreach (var child in node.Children)
        {
            if (child.IsResponsibility) continue;
            var path = prefix + "." + ItemLabel(child, ref bullets);
            if (!child.HasItems) continue;
            var found = IsWorkList(child.Text) ? CollectNode(child, path, owners, heading, opinionLetter) : WorkListsIn(child, path, owners, heading, opinionLetter);
            foreach (var draft in found) yield return draft;
        }
    }

    // The title may arrive joined to the paragraph that introduces the items ("Các hoạt động chính Các cơ quan … thực hiện
    // các hoạt động sau:"). Naming work done ("Các hoạt động đã triển khai"), it is no list of work to do.
    private static bool IsWorkList(string title)
    {
        var key = BodyText.Key(title);
        return Words.WorkLists.Any(w => WholeWords.StartsWith(key, w)) && !WholeWords.Contains(key, "da");
    }

    // An item's own part of a task path: its number's last part, its letter, or its place among the bullets.
    private static string ItemLabel(OutlineNode item, ref int bullets) => item.Marker.Kind switch
    {
        MarkerKind.Number => item.Marker.Label.Split('.', StringSplitOptions.RemoveEmptyEntries)[^1],
        MarkerKind.Letter or MarkerKind.Article => item.Marker.Label,
        _ => (++bullets).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private List<TaskDraft> CollectChildren(OutlineNode node, string prefix, IReadOnlyList<OwnerSource> owners, string? heading, bool opinionLetter)
    {
        var result = new List<TaskDraft>();
        var pending = new List<int>();
        var withoutFields = new List<int>();
        int bullets = 0;
        // Papers listed under "Hồ sơ gồm:" (in the parent's words or the sibling before them) are not tasks.
        bool dossierOpen = DossierPapers.Introduces(node.Continuations.Count > 0 ? node.Text + " " + node.Continuations[^1] : node.Text);
        bool parentDossier = dossierOpen;
        // Bodies listed one per bullet ("- Sở Công Thương (đối với …);") before lettered items: they own the items.
        var (members, listOwner) = OwnerList(node);
        var ownersAfterList = listOwner is null ? owners : owners.Prepend(listOwner).ToList();
        bool itemsAreSections = StandsForSections(node, prefix);
        int index = -1;
        foreach (var child in node.Children)
        {
            index++;
            if (members.Contains(index)) continue;
            if (itemsAreSections && IsStatementSection(child)) continue;
            var itemOwners = members.Count > 0 && index > members[^1] ? ownersAfterList : owners;
            if (child.IsResponsibility)
            {
                var text = child.FullText;
                foreach (var i in pending) result[i] = Responsible(result[i], text);
                pending.Clear();
                withoutFields.Clear();
                continue;
            }
            string label = ItemLabel(child, ref bullets);
            var path = prefix.Length == 0 ? label : prefix + "." + label;
            if (!child.HasItems && DossierPapers.IsPaper(child.Text))
            {
                if (dossierOpen) continue;
            }
            else dossierOpen = parentDossier || DossierPapers.Introduces(child.FullText);
            int before = result.Count;
            var addressee = child.Marker.Kind == MarkerKind.Article ? DecisionArticles.Addressee(child, shape) : null;
            var source = addressee is null ? child : DecisionArticles.WithoutOpening(child);
            if (child.Marker.Kind == MarkerKind.Article && DecisionArticles.GivenOfficials(child, shape) is { } officials)
                itemOwners = itemOwners.Prepend(officials).ToList();
            var collected = CollectNode(source, path, addressee is null ? itemOwners : itemOwners.Prepend(addressee).ToList(), heading, opinionLetter)
                .Select(d => ReferenceEquals(d.Item, source) ? d with { Item = child } : d);
            result.AddRange(child.Marker.Kind == MarkerKind.Article ? DecisionArticles.Mark(child, collected) : collected);
            for (int i = before; i < result.Count; i++) pending.Add(i);
            if (child.Marker.Kind is not (MarkerKind.Dash or MarkerKind.Plus) || child.HasItems || result.Count != before + 1) { withoutFields.Clear(); continue; }
            // A field block ("Đơn vị thực hiện: …", "Thời gian thực hiện: …") after a bullet closes every bullet since the last one.
            var last = result[^1];
            if (last.LeadColumn is null && last.DeadlineColumn is null) { withoutFields.Add(result.Count - 1); continue; }
            foreach (var i in withoutFields)
                result[i] = result[i] with { LeadColumn = last.LeadColumn, SupportColumn = last.SupportColumn, DeadlineColumn = last.DeadlineColumn };
            withoutFields.Clear();
        }
        return result;
    }

    /// <summary>
    /// The numbered items of <paramref name="node"/> are the plan's sections, written without Roman numerals: those of an
    /// article that is itself the plan ("Điều 1. Phê duyệt Chương trình … như sau:" / "1. Quan điểm:", "2. Mục tiêu:",
    /// "4. Nội dung chủ yếu …", "6. Tổ chức thực hiện"), and the top-level items of a body without sections. One titled
    /// like a section without tasks (views, objectives, scope) and holding items of its own gives none, as "I. MỤC ĐÍCH,
    /// YÊU CẦU" does.
    /// </summary>
    private static bool StandsForSections(OutlineNode node, string prefix) =>
        node.Marker.Kind == MarkerKind.Article ? DecisionArticles.IssuesPlan(node) : prefix.Length == 0 && node.Marker.Kind == MarkerKind.None;

    // A roadmap item ("6. Lộ trình triển khai thị trường các-bon") under a heading that names no task word states the phases
    // of what that heading describes; under "Nhiệm vụ …" it sets out work by phase.
    private static bool IsDescribedRoadmap(OutlineNode item, string? heading) =>
        Words.Roadmaps.Any(r => WholeWords.StartsWith(BodyText.Key(item.Text), r)) && heading is not null && !NamesTaskWord(heading);

    // A numbered item titled like a section that states (section-words.json statementSections), naming no task word.
    private static bool IsStatementSection(OutlineNode item)
    {
        if (item.Marker.Kind != MarkerKind.Number) return false;
        var key = BodyText.Key(item.Text);
        return Words.StatementSections.Any(n => WholeWords.StartsWith(key, n)) && !HasTaskWord(key);
    }

    /// <summary>
    /// A run of two or more bullets that each only name a body, with an optional scope in parentheses ("- Sở Công
    /// Thương (đối với tài sản kết cấu hạ tầng cụm công nghiệp);"), followed by lettered or numbered items: the bullets
    /// are the owners of those items, not tasks. The last bullet may carry "Có trách nhiệm:" below it.
    /// </summary>
    private (List<int> Members, OwnerSource? Owner) OwnerList(OutlineNode node)
    {
        var children = node.Children;
        for (int i = 0; i < children.Count; i++)
        {
            if (children[i].Marker.Kind is not (MarkerKind.Dash or MarkerKind.Plus)) continue;
            int j = i;
            var names = new List<string>();
            while (j < children.Count && children[j].Marker.Kind is MarkerKind.Dash or MarkerKind.Plus && !children[j].HasItems
                   && BodyOnly(children[j], j + 1 < children.Count && children[j + 1].Marker.Kind is not (MarkerKind.Dash or MarkerKind.Plus)) is { } name)
            {
                names.Add(name);
                j++;
            }
            if (names.Count >= 2 && j < children.Count && children[j].Marker.Kind is MarkerKind.Letter or MarkerKind.Number)
                return (Enumerable.Range(i, names.Count).ToList(), new OwnerSource(OwnerSourceKind.Heading, string.Join("; ", names)));
            i = Math.Max(i, j - 1);
        }
        return ([], null);
    }

    // The body a bullet names (scope in parentheses dropped), or null when it says more than a name.
    private string? BodyOnly(OutlineNode item, bool last)
    {
        if (item.Continuations.Count > (last ? 1 : 0)) return null;
        if (item.Continuations.Count == 1)
        {
            var tail = BodyText.Key(item.Continuations[0]).TrimEnd(':', ' ');
            if (!item.Continuations[0].TrimEnd().EndsWith(':') || VietnameseText.WordCount(tail) > 5 || !tail.Contains("trach nhiem", StringComparison.Ordinal)) return null;
        }
        var text = item.Text.Trim().TrimEnd(';', '.', ',', ':').Trim();
        if (!shape.IsOwnerHeading(text)) return null;
        var name = ScopeInParentheses().Replace(text, "").Trim().TrimEnd(';', '.', ',').Trim();
        return name.Length == 0 ? null : name;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\([^()]*\)\s*$")]
    private static partial System.Text.RegularExpressions.Regex ScopeInParentheses();

    private static bool ExceptsListedCases(string text)
    {
        var key = BodyText.Key(text.TrimEnd().TrimEnd(':').TrimEnd());
        return ItemShapeWords.Embedded.ExceptionIntros.Any(w => WholeWords.EndsWith(key, w));
    }

    // An item whose items are part of its own text (a dossier's papers, the texts it names): one paragraph of it all.
    private static string WithItems(OutlineNode node, List<string> paragraphs) =>
        BodyText.JoinParagraphs(paragraphs.Prepend(node.Text).Concat(node.Items.Select(i => i.FullText)));

    /// <param name="opinionLetter">The document gives an opinion: its topic items that ask nothing are findings.</param>
    private IEnumerable<TaskDraft> CollectNode(OutlineNode node, string path, IReadOnlyList<OwnerSource> owners, string? heading, bool opinionLetter)
    {
        var paragraphs = Paragraphs(node.Continuations, out _);
        // An item over the papers of a dossier is one task, papers included; "Hồ sơ gồm:" alone only with an owner.
        if (node.HasItems && node.Items.All(i => !i.HasItems && DossierPapers.IsPaper(i.Text)) && DossierPapers.Introduces(node.FullText))
            return [new TaskDraft { Path = path, Text = WithItems(node, paragraphs), Owners = owners, Heading = heading, RequiresOwner = DossierPapers.IsBareIntro(node.Text) }];
        // An item closing on the cases it excepts ("…, trừ các trường hợp sau đây:" / "a) Dự án …") lists cases, not work: one task.
        if (node.HasItems && ExceptsListedCases(node.Text))
            return [new TaskDraft { Path = path, Text = WithItems(node, paragraphs), Owners = owners, Heading = heading, Item = node }];
        // An intro over items that only name texts ("… lập, trình … phê duyệt các nhiệm vụ:" / "+ Chiến lược …") is one task.
        if (NamedTexts.AreListedUnder(node, paragraphs))
            return [new TaskDraft { Path = path, Text = WithItems(node, paragraphs), Owners = owners, Heading = heading, Item = node }];
        // An item ordering a programme drafted over the contents it is to cover ("… tập trung vào những nội dung sau đây:") is one task.
        if (DraftedContents.AreListedUnder(node, paragraphs))
            return [new TaskDraft { Path = path, Text = DraftedContents.Text(node, paragraphs), Owners = owners, Heading = heading, Item = node }];
        if (node.HasItems)
        {
            // An article that approves a project or policy ("Điều 1. Chấp thuận chủ trương đầu tư … gồm các nội dung sau:") states
            // its particulars: its fields ("Thời hạn hoạt động …", "Tiến độ thực hiện dự án: …") are no task's.
            if (!DecisionArticles.StatesApproved(node) && FieldTask.TryReadGroup(node, path, owners) is { } fieldTasks)
                return fieldTasks.Select(d => d with { Heading = heading });
            var passed = new List<OwnerSource>();
            bool headingIsSentence = false;
            var headingText = node.Text.TrimEnd();
            // A heading broken across lines ("**2. Sở" / "Khoa học và Công nghệ**") arrives as the item and its first paragraph.
            var joined = paragraphs.Count > 0 ? headingText + " " + paragraphs[0].Trim() : null;
            if (joined is not null && (headingText.EndsWith(':') || headingText.EndsWith('.'))) joined = null;
            if (shape.IsOwnerHeading(headingText)) passed.Add(new OwnerSource(OwnerSourceKind.Heading, headingText.TrimEnd(':').Trim()));
            else if (joined is not null && shape.IsOwnerHeading(joined))
            {
                passed.Add(new OwnerSource(OwnerSourceKind.Heading, joined.TrimEnd(':').Trim()));
                paragraphs.RemoveAt(0);
            }
            else if (shape.InlineOwner(headingText) is { } inline) passed.Add(new OwnerSource(OwnerSourceKind.Heading, inline));
            else if (joined is not null && shape.BodyHeadingOwners(joined) is { } joinedNames)
            {
                passed.Add(new OwnerSource(OwnerSourceKind.Heading, joined, joinedNames));
                paragraphs.RemoveAt(0);
            }
            else if (shape.BodyHeadingOwners(headingText) is { } names) passed.Add(new OwnerSource(OwnerSourceKind.Heading, headingText, names));
            else if (TitledOwner(headingText) is { } titled) passed.Add(titled);
            // A duty title wrapped over two lines ("Điều 2. Trách nhiệm của Phó Trưởng phòng được phân công phụ trách" /
            // "lĩnh vực khoáng sản và Chuyên viên được giao nhiệm vụ") names its owners in both.
            else if (joined is not null && TitledOwner(joined) is { } titledJoined)
            {
                passed.Add(titledJoined);
                paragraphs.RemoveAt(0);
            }
            else
            {
                passed.Add(new OwnerSource(OwnerSourceKind.Intro, headingText)); // "11. Các đơn vị … có trách nhiệm": a fallback owner
                headingIsSentence = true;
            }
            if (paragraphs.Count > 0) passed.Add(new OwnerSource(OwnerSourceKind.Intro, string.Join(" ", paragraphs)));
            passed.AddRange(owners);
            // An owner heading names who, not what: the heading above it still names the field of work.
            var children = CollectChildren(node, path, passed, passed[0].Kind == OwnerSourceKind.Heading ? heading : headingText, opinionLetter);
            // The paragraph that introduces the items may name the topic instead of the heading ("3. Các vấn đề cần lưu ý …" /
            // "Đối tượng được hỗ trợ được lập theo thứ tự ưu tiên sau đây:"): its items are read the same way.
            bool statedIntro = paragraphs.Count > 0 && paragraphs[^1].TrimEnd().EndsWith(':') && IsStatementText(paragraphs[^1]);
            if (IsStatementHeading(node) || statedIntro || IsDescribedRoadmap(node, heading)) return children.Select(d => d with { RequiresOwner = true });
            // An item whose own sentence gives its subject work and is closed ("1. Bộ Tài nguyên và Môi trường chủ trì, phối
            // hợp … tổ chức thực hiện Đề án; xây dựng kế hoạch …." over "- Ban hành …", "- Theo dõi …") is a task besides its
            // items: they add to it, they do not spell it out as the items under an intro ending in a colon do.
            if (headingIsSentence && IsClosedTaskSentence(node, headingText, paragraphs))
            {
                // A last paragraph ending in a colon introduces the items ("Các sở … định kỳ tổng hợp báo cáo … như sau:"): theirs.
                var own = paragraphs.Count > 0 && paragraphs[^1].TrimEnd().EndsWith(':') ? paragraphs.SkipLast(1) : paragraphs;
                return children.Prepend(new TaskDraft { Path = path, Text = BodyText.JoinParagraphs(own.Prepend(headingText)), Owners = owners, Heading = heading, Item = node });
            }
            return children;
        }
        if (FieldTask.TryRead(node, path, owners, out var fields)) return [fields with { Heading = heading, Item = node }];
        var text = BodyText.JoinParagraphs(paragraphs.Prepend(node.Text));
        if (ClosingNotice.Is(text) || LegalProvision.IsQuoted(text) || PointsToAppendix(node.Text, text) || DecisionArticles.IsExecutionClause(text)) return Drop(path, text, heading);
        // A duty title over its paragraphs ("2. Trách nhiệm của các phòng chuyên môn …:" / "Căn cứ chức năng, nhiệm vụ được
        // giao, chủ động …") names whose work they are, as it does over items.
        if (paragraphs.Count > 0 && TitledOwner(node.Text) is { } dutyTitle)
            owners = owners.Prepend(dutyTitle.Names is null ? dutyTitle with { Kind = OwnerSourceKind.Heading } : dutyTitle).ToList();
        // A resolution's decision ("Thông qua …", "Cơ bản thống nhất …", "Đồng ý …") decides and assigns nothing: it is a
        // task only through a "Giao <owner> …" paragraph under it, which gives the lead.
        // An article without a title states its decision in its first paragraph ("Điều 1." / "Tán thành cơ bản …").
        if (IsDecision(node.Text.Length > 0 ? node.Text : text))
        {
            var givers = paragraphs.Where(TaskAttribution.StartsWithGiao).ToList();
            if (givers.Count == 0) return [];
            // Several "Giao …" paragraphs under one decision give several tasks, numbered on after the decision's listed points
            // ("- Về …"): the first with the decision's text, as a single one would, each further one its own paragraph.
            if (givers.Count > 1) return GivenTasks(node, path, paragraphs, owners, heading);
            owners = owners.Prepend(new OwnerSource(OwnerSourceKind.Intro, givers[0])).ToList();
        }
        // An allocation field gives a body (or a label) a sum of money: a share stated, no work.
        if (AllocationField.Is(text) || StandingRoleField.Is(text) || StandingRoleField.Titles(node) || NamesPartyKind(text)) return Drop(path, text, heading);
        // A funding field states a source, a period field when the plan runs, a field that follows the rules which rule applies:
        // a task only when its own text names an owner, none passed down.
        if (FundingField.Is(text) || PeriodField.Is(text) || RuleField.Is(text)) return [new TaskDraft { Path = path, Text = text, Heading = heading, RequiresOwner = true, Item = node }];
        // A bullet that only names a statement topic, with or without a paragraph under it ("- Nguồn vốn quốc tế" /
        // "Đóng góp, tài trợ … của chính phủ các nước …", "- Các nguồn vốn hợp pháp khác."), lists what a plan states, as
        // the same heading over items does: a task only when it names an owner.
        // A theme written with its slogan in quotes ("Chủ đề thi đua “Đoàn kết, sáng tạo …”", the quote wrapped onto the
        // heading's line) names the topic before the quote.
        int quote = node.Text.IndexOf('“');
        var topic = quote > 0 ? node.Text[..quote] : node.Text;
        bool statedTopic = IsStatementText(topic) && VietnameseText.WordCount(topic) <= StatedTopicWords;
        // An opinion's finding ("Về quy hoạch khoáng sản: Phạm vi … không chồng lấn …") states, and asks nothing.
        bool finding = opinionLetter && OpinionFinding.IsFinding(text);
        // An item whose subject is a piece of work ("Việc giám sát … dựa trên báo cáo …") says how it is done: a rule on its
        // manner, a task only with an owner.
        bool manner = ItemShapeWords.Embedded.MannerSubjects.Any(w => WholeWords.StartsWith(BodyText.Key(text), w));
        var draft = new TaskDraft
        {
            Path = path, Text = text, Owners = owners, Heading = heading, Item = node,
            RequiresOwner = statedTopic || finding || manner || NamesReportTopic(text) || DossierPapers.IsBareIntro(text),
        };
        var star = node.Children.LastOrDefault(c => c.IsResponsibility);
        return [star is null ? draft : Responsible(draft, star.FullText)];
    }

    // A topic of a report or an evaluation named alone ("- Tồn tại, vướng mắc phát sinh và nguyên nhân."): what it covers.
    private static bool NamesReportTopic(string text)
    {
        var words = ItemShapeWords.Embedded;
        var key = BodyText.Key(text);
        return words.ReportTopics.Any(t => WholeWords.StartsWith(key, t)) && VietnameseText.WordCount(key) <= words.TopicWords;
    }

    // A field naming the kind of party concerned ("Tập thể: Các cơ quan …"): those who may compete or be rewarded.
    private static bool NamesPartyKind(string text) =>
        ShortLabel.Split(text, 4) is { } field && ItemShapeWords.Embedded.PartyKinds.Contains(BodyText.Key(field.Label).Trim(), StringComparer.Ordinal);

    // An item titled by the tasks it stands for that sends the reader to an appendix ("1. Các nhiệm vụ cần làm ngay …" /
    // "… được xác định tại Phụ lục 2 kèm theo …"): the appendix rows are the tasks, the pointer none.
    private static bool PointsToAppendix(string title, string text)
    {
        var words = ItemShapeWords.Embedded;
        var key = BodyText.Key(title);
        // A duty title ("Nhiệm vụ của Sở Tài chính: …") names whose tasks they are: read as before.
        return words.PointerTitles.Any(t => WholeWords.StartsWith(key, t)) && !words.DutyLinks.Any(l => WholeWords.Contains(key, l))
               && words.AppendixWords.Any(a => WholeWords.Contains(BodyText.Key(text), a));
    }

    // A numbered, lettered or bulleted item with its own subject whose sentence is closed (its own, or its last paragraph's),
    // not left open by an intro's colon.
    private bool IsClosedTaskSentence(OutlineNode node, string headingText, List<string> paragraphs)
    {
        if (node.Marker.Kind is not (MarkerKind.Number or MarkerKind.Letter or MarkerKind.Dash or MarkerKind.Plus)) return false;
        static bool Closed(string t) => t.TrimEnd().EndsWith('.') && !t.TrimEnd().EndsWith("./.", StringComparison.Ordinal);
        return (Closed(headingText) || paragraphs.Count > 0 && Closed(paragraphs[^1])) && shape.HasOwnSubject(headingText)
               && !ClosingNotice.Is(headingText) && !BodyText.IsClosing(headingText);
    }

    private static IEnumerable<TaskDraft> GivenTasks(OutlineNode node, string path, List<string> paragraphs, IReadOnlyList<OwnerSource> owners, string? heading)
    {
        int point = 0;
        bool first = true;
        for (int i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            bool giver = TaskAttribution.StartsWithGiao(p);
            if (giver || ListedPoint(p)) point++;
            if (!giver) continue;
            var text = first ? BodyText.JoinParagraphs(paragraphs.Take(i + 1).Prepend(node.Text)) : p;
            first = false;
            yield return new TaskDraft
            {
                Path = $"{path}.{point}", Text = text, Heading = heading, Item = node,
                Owners = owners.Prepend(new OwnerSource(OwnerSourceKind.Intro, p)).ToList(),
            };
        }
    }

    // A paragraph written as a listed point ("- Về …", Markdown's escaped "\- Về …").
    private static bool ListedPoint(string paragraph)
    {
        var t = paragraph.TrimStart();
        if (t.StartsWith('\\')) t = t[1..];
        return t.Length > 1 && t[0] is '-' or '–' or '+' or '•' && char.IsWhiteSpace(t[1]);
    }

    private static readonly string[] DecisionOpenings =
        ["thong qua noi dung ", "thong qua bao cao ", "thong qua du thao ", "thong qua de an ", "co ban thong nhat ", "tan thanh ", "thong nhat chu truong ", "nhat tri ", "dong y ", "nghe bao cao ", "cho y kien ", "thi hanh ky luat "];

    private static bool IsDecision(string text)
    {
        var key = BodyText.Key(text);
        return DecisionOpenings.Any(d => key.StartsWith(d, StringComparison.Ordinal));
    }

    // A labelled line ("Trách nhiệm chỉ đạo thực hiện: A; B") lists its owners as a table's lead cell does.
    private static TaskDraft Responsible(TaskDraft draft, string line) =>
        draft.Responsibility is not null ? draft
        : TaskField.ResponsibilityOwners(line) is { } names ? draft with { Responsibility = line, LeadColumn = draft.LeadColumn ?? names }
        : draft with
        {
            Responsibility = line,
            Owners = draft.Owners.Prepend(new OwnerSource(OwnerSourceKind.Responsibility, line)).ToList(),
        };

    // Continuation paragraphs up to closing boilerplate.
    private static List<string> Paragraphs(List<string> continuations, out bool closed)
    {
        var result = new List<string>();
        closed = false;
        foreach (var p in continuations)
        {
            if (BodyText.IsClosing(p) || ClosingNotice.IsClosingCall(p)) { closed = true; break; }
            result.Add(p);
        }
        return result;
    }

    private bool IsClosingTask(string text)
    {
        if (OpinionRequest(text) is not null) return true;
        if (!shape.HasOwnSubject(text) || ClosingNotice.Is(text) || BodyText.Key(text).StartsWith("tren day la", StringComparison.Ordinal)) return false;
        return HasFollowUp(BodyText.Key(text));
    }

    // Reporting alone is the usual closing notice ("… kịp thời báo cáo Ủy ban nhân dân tỉnh để xem xét, giải quyết./.").
    private static bool HasFollowUp(string key) => ItemShapeWords.Embedded.FollowUpWords.Any(w => w != "bao cao" && WholeWords.Contains(key, w));

    /// <summary>
    /// An opinion's closing that asks a body for a follow-up of its own ("Trên đây là ý kiến của Cục …, đề nghị Sở Công
    /// Thương tỉnh Lào Cai nghiên cứu, hướng dẫn chủ đập thủy điện thực hiện đúng quy định./."): a task, led by the body
    /// asked; "Trên đây là ý kiến … để Quý Sở nghiên cứu, thực hiện", reporting alone and the courtesy close ask nothing.
    /// </summary>
    /// <returns>The request that names the body asked ("Đề nghị Sở Công Thương …"), or null when the text is no such closing.</returns>
    private string? OpinionRequest(string text)
    {
        var key = BodyText.Key(text);
        if (!ItemShapeWords.Embedded.OpinionClosings.Any(o => key.StartsWith(o + " ", StringComparison.Ordinal)) || ClosingNotice.Is(text)) return null;
        if (shape.DirectiveAddressee(text) is not { } asked || !asked.StartsWith("Đề nghị ", StringComparison.Ordinal)) return null;
        return HasFollowUp(BodyText.Key(asked)) ? asked : null;
    }

    // Longer, a title says what to do ("Tổ chức sơ kết, tổng kết việc thực hiện Kế hoạch").
    private const int BareTitleWords = 6;

    // A short title that names a task section ("Tổ chức thực hiện", "Nhiệm vụ, giải pháp"), not work.
    private static bool IsBareTaskTitle(string title)
    {
        var key = BodyText.Key(title.Trim().TrimEnd(':', '.').Trim());
        return key.Length > 0 && VietnameseText.WordCount(key) <= BareTitleWords && HasTaskWord(key);
    }

    private bool NamesOwnersOnly(string title)
    {
        var t = title.Trim().TrimEnd(':', '.', ';').Trim();
        return t.Length > 0 && shape.IsOwnerHeading(t);
    }

    // Paragraphs after the last item of the last task section that have their own subject become tasks of the section.
    private void DetachTrailing(OutlineNode section, string label, List<TaskDraft> drafts, IReadOnlyList<OwnerSource> baseOwners)
    {
        var leaf = section;
        while (leaf.HasItems) leaf = leaf.Items.Last();
        if (ReferenceEquals(leaf, section)) return;
        var paragraphs = Paragraphs(leaf.Continuations, out _);
        // A closing paragraph with its own subject that gives it a follow-up ("Bộ Kế hoạch và Đầu tư chịu trách nhiệm hướng
        // dẫn, theo dõi, đôn đốc thực hiện … Chỉ thị này./.") ends the body and is a task, not boilerplate.
        if (leaf.Continuations.Skip(paragraphs.Count).FirstOrDefault() is { } closing && IsClosingTask(closing)) paragraphs.Add(closing);
        int first = paragraphs.FindIndex(p => shape.HasOwnSubject(p) || OpinionRequest(p) is not null);
        if (first < 0) return;
        // Items that are all no tasks (provisions a letter quotes) leave its request paragraph after them the only task.
        if (drafts.Count == 0 && !section.Items.All(i => LegalProvision.IsQuoted(i.FullText))) return;
        // Rebuild the leaf's task text without the detached paragraphs, unless the leaf was no task (a closing notice, a
        // paper): then the last draft is another item's.
        if (drafts.Count > 0 && ReferenceEquals(drafts[^1].Item, leaf))
        {
            // An item that is only a section's title over the paragraphs ("3. Tổ chức thực hiện" / "Thủ trưởng các sở …
            // chịu trách nhiệm …") names where the work is, and is no task of its own once they are detached.
            // So is an item that only names owners ("2. Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy; các chi bộ" /
            // paragraphs with subjects of their own): an owner heading is no task.
            if (first == 0 && (IsBareTaskTitle(leaf.Text) || NamesOwnersOnly(leaf.Text))) drafts.RemoveAt(drafts.Count - 1);
            else drafts[^1] = drafts[^1] with { Text = BodyText.JoinParagraphs(paragraphs.Take(first).Prepend(leaf.Text).Where(s => s.Length > 0)) };
        }
        // An appeal ("Ban Chấp hành Trung ương kêu gọi toàn Đảng, toàn dân …") asks everyone and assigns nothing.
        // A note in parentheses ("(Thủ tục hành chính … được ban hành kèm theo Quyết định số … đính kèm)") tells what is
        // attached, and asks nothing.
        // A line in capitals only ("ỦY BAN NHÂN DÂN THÀNH PHỐ …") is the signature's caption that lost its "TM.": no request.
        // In a decision's body the paragraphs go on its last article ("Điều 4. Quyết định này có hiệu lực …" / "Đề nghị …"): its number.
        if (label.Length == 0 && section.Items.Last() is { Marker.Kind: MarkerKind.Article } article) label = article.Marker.Label;
        foreach (var p in paragraphs.Skip(first).Where(p => !ClosingNotice.Is(p) && !BodyText.Key(p).Contains(" keu goi ", StringComparison.Ordinal)
                                                         && !p.TrimStart().StartsWith('(') && p.Any(char.IsLower)))
            drafts.Add(new TaskDraft
            {
                Path = label, Text = p, Heading = section.Text.Length > 0 ? section.Text : null,
                // An opinion's closing names its asker before the body asked: the request leads ("Đề nghị Sở … hướng dẫn …").
                Owners = OpinionRequest(p) is { } asked ? baseOwners.Prepend(new OwnerSource(OwnerSourceKind.Intro, asked)).ToList() : baseOwners,
            });
    }
}

/// <summary>The owner-shape questions the locator asks of a text, answered with the agency grammar.</summary>
public interface IOwnerShape
{
    /// <summary>The text only names owners ("Sở Nội vụ (Ban Thi đua - Khen thưởng):", "Đề nghị Ban Tuyên giáo Tỉnh ủy:").</summary>
    bool IsOwnerHeading(string text);

    /// <summary>
    /// For a heading that names bodies or persons only ("Báo và Phát thanh, Truyền hình thành phố", "Giám đốc Sở, Thủ trưởng
    /// cơ quan, ban, ngành", "Các tổ chức, cá nhân … có trách nhiệm"), the names it gives, even those the grammar does not know; else null.
    /// </summary>
    IReadOnlyList<string>? BodyHeadingOwners(string text);

    /// <summary>The owners a sentence names as its subject before its verb ("Vụ Kế hoạch chủ trì, …"), read like a heading; else null.</summary>
    IReadOnlyList<string>? SubjectOwners(string text);

    /// <summary>The owner part of "Owner: task …", or null.</summary>
    string? InlineOwner(string text);

    /// <summary>The text starts with its own subject (an agency, or Giao/Đề nghị/Yêu cầu + agency).</summary>
    bool HasOwnSubject(string text);

    /// <summary>For an opening "… yêu cầu / chỉ thị / đề nghị X:" that hands the items below to X: "Yêu cầu X"; else null.</summary>
    string? DirectiveAddressee(string text);
}
