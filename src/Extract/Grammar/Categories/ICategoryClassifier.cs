using DirectiveTracker.Extract.Model;

namespace DirectiveTracker.Extract.Grammar;

/// <summary>Decides a task's category (lĩnh vực) from its full text: by keyword rules or by a trained model.</summary>
public interface ICategoryClassifier
{
    /// <summary>The category of a task from its full text.</summary>
    TaskCategory Classify(string taskText);
}
