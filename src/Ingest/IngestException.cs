namespace DirectiveTracker.Ingest;

/// <summary>Why a file could not be ingested; a stable code, a Vietnamese message for users and an English one for logs.</summary>
public sealed class IngestException : Exception
{
    public IngestException(string fileName, IngestErrorCode code, string userMessage, string logMessage, Exception? inner = null)
        : base($"{fileName}: {logMessage}", inner)
    {
        FileName = fileName;
        Code = code;
        UserMessage = $"{fileName}: {userMessage}";
    }

    public string FileName { get; }
    public IngestErrorCode Code { get; }

    /// <summary>The message shown to users, in Vietnamese, naming the file.</summary>
    public string UserMessage { get; }
}

/// <summary>Stable reasons a file is refused.</summary>
public enum IngestErrorCode
{
    Empty, UnknownType, ExtensionMismatch, TooLarge, Corrupt, Encrypted, ZipBomb, Timeout, ToolMissing, Unreadable,
    /// <summary>A configured limit (pages, text size, words, time per file, tool output) was hit; the messages name it.</summary>
    LimitExceeded,
    /// <summary>Every page is blank (nothing read, even by OCR).</summary>
    BlankPages,
}
