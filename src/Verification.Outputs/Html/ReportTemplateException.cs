namespace Verification.Outputs.Html;

/// <summary>A page template of the HTML report cannot be read or parsed.</summary>
public sealed class ReportTemplateException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReportTemplateException()
        : this(string.Empty, "The template cannot be used.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public ReportTemplateException(string message)
        : this(string.Empty, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The failure that revealed it.</param>
    public ReportTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
        TemplateName = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="templateName">The template's file name ("report.liquid").</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The failure that revealed it, if any.</param>
    public ReportTemplateException(string templateName, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(templateName);
        TemplateName = templateName;
    }

    /// <summary>The template's file name ("report.liquid"); empty when no one template is at fault.</summary>
    public string TemplateName { get; }
}
