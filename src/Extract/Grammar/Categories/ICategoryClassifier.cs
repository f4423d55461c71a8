using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Grammar;

/// <summary>Decides a task's category (lĩnh vực) from its full text: by keyword rules or by a trained model.</summary>
public interface ICategoryClassifier
{
    /// <summary>The category of a task from its full text.</summary>
    TaskCategory Classify(string taskText);

    /// <summary>The category with the classifier's probability for it (null from rules, which have none).</summary>
    CategoryGuess Guess(string taskText) => new(Classify(taskText), null);

    /// <summary>The category of a task read with the heading it sits under (<see cref="Tasks.TaskDraft.Heading"/>), when there is one.</summary>
    CategoryGuess Guess(string taskText, string? heading) => Guess(taskText);
}

/// <summary>A category and how sure the classifier is of it (0–1), when it can say.</summary>
public readonly record struct CategoryGuess(TaskCategory Category, float? Probability);
