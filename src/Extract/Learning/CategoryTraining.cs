using DirectiveTracker.Extract.Grammar;
using DirectiveTracker.Extract.Model;
using DirectiveTracker.Extract.Scoring;
using DirectiveTracker.Extract.Tasks;

namespace DirectiveTracker.Extract.Learning;

/// <summary>A labelled task: the document it came from, its extracted text, its gold category, and the heading it sits under.</summary>
public sealed record CategoryExample(string Document, string TaskText, TaskCategory Category, string? Heading = null);

/// <summary>The training examples of the models, read from extractions of labelled documents.</summary>
public static class TrainingExamples
{
    /// <summary>The labelled tasks of one document: gold tasks found in the extraction, with the extracted task's text.</summary>
    public static IEnumerable<CategoryExample> Categories(GoldFile gold, ExtractionResult predicted)
    {
        var hits = TaskMatching.Match(gold.Tasks, predicted.Tasks);
        for (int g = 0; g < hits.Length; g++)
            if (hits[g] >= 0) yield return new CategoryExample(gold.Stem, predicted.Tasks[hits[g]].Text, gold.Tasks[g].Category, predicted.Tasks[hits[g]].Heading);
    }

    /// <summary>Category rows: the model's input, the gold category, and the keyword rules' category.</summary>
    public static IReadOnlyList<LabelledRow> CategoryRows(IEnumerable<CategoryExample> examples)
    {
        var model = new CategoryRowBuilder();
        var rules = new CategoryRules();
        return examples.Select(e => new LabelledRow(e.Document, model.Row(e.TaskText, e.Category, e.Heading), rules.Classify(e.TaskText).ToString())).ToList();
    }

    /// <summary>
    /// Task-or-not rows of one document: every item the patterns located (extracted without the task model), a task
    /// when a gold task's anchor is in it, and every item the rules dropped for its shape, no task. The rules alone call
    /// every located item a task and every dropped one not.
    /// </summary>
    /// <remarks>
    /// Without the dropped items the model sees "not" only in the labels' few false positives and rates a closing notice
    /// as likely a task as an assignment: they are the shapes it must score low.
    /// </remarks>
    public static IEnumerable<LabelledRow> TaskRows(GoldFile gold, ExtractionResult located, IEnumerable<TaskDraft>? dropped = null)
    {
        var hits = TaskMatching.Match(gold.Tasks, located.Tasks);
        var isTask = new bool[located.Tasks.Count];
        foreach (var h in hits) if (h >= 0) isTask[h] = true;
        for (int i = 0; i < located.Tasks.Count; i++)
            yield return new LabelledRow(gold.Stem, TaskModel.Row(located.Tasks[i], isTask[i]), TaskModel.Task);
        foreach (var d in dropped ?? [])
            yield return new LabelledRow(gold.Stem, TaskModel.Row(new TaskItem { Path = d.Path, Text = FoldedText.CollapseSpaces(d.Text), Heading = d.Heading }, false), TaskModel.NotTask);
    }

    /// <summary>
    /// Owner-role rows of one document: every body near a found task (<see cref="OwnerRoleModel.Candidates"/>), labelled
    /// lead or support when the gold task lists it so, else neither. The rules' role is the one they gave it.
    /// </summary>
    public static IEnumerable<LabelledRow> OwnerRows(GoldFile gold, ExtractionResult located)
    {
        var recognizer = new AgencyRecognizer();
        var hits = TaskMatching.Match(gold.Tasks, located.Tasks);
        for (int g = 0; g < hits.Length; g++)
        {
            if (hits[g] < 0) continue;
            var task = located.Tasks[hits[g]];
            foreach (var candidate in OwnerRoleModel.Candidates(task, recognizer.FindAll(task.Text)))
            {
                var role = gold.Tasks[g].Lead.Any(l => MatchText.NamesMatch(l, candidate.Name)) ? OwnerRoleModel.Lead
                    : gold.Tasks[g].Support.Any(s => MatchText.NamesMatch(s, candidate.Name)) ? OwnerRoleModel.Support
                    : OwnerRoleModel.Neither;
                yield return new LabelledRow(gold.Stem, OwnerRoleModel.Row(task, candidate, role), candidate.RulesRole);
            }
        }
    }

    // The category model's input without a trained model.
    private sealed class CategoryRowBuilder
    {
        private readonly CategoryRules _rules = new();

        public ClassifierRow Row(string taskText, TaskCategory label, string? heading)
        {
            var action = ActionText.Of(taskText);
            return new ClassifierRow { Label = label.ToString(), Text = ModelText.Opening(taskText), Pattern = CategoryFeatures.Tokens(action, _rules.Read(action), HeadingReading.Of(heading)) };
        }
    }
}
