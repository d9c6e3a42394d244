namespace StageSeconde.Web.Features.Retention;

/// <summary>
/// How long each kind of personal data is kept (section <c>Retention</c> of the settings; reasoning and sources:
/// docs/securite.md). Periods run from the end of the school year (31 August) in which the data was last needed,
/// except the e-mail bodies and the audit log, which run from the message's or line's date.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Pupils and their guardians: months after the end of the pupil's last school year (last convention, absence, change or departure).</summary>
    public int PupilsAndGuardiansMonths { get; set; } = 12;
    /// <summary>Tutors: months after the end of the school year of their last convention (or of their last change).</summary>
    public int TutorsMonths { get; set; } = 36;
    /// <summary>Absences' free text and documents: months after the end of the absence's school year.</summary>
    public int AbsencesMonths { get; set; } = 12;
    /// <summary>Electronic signatures' evidence (signer's name, e-mail, IP, browser): months after the end of the convention's school year.</summary>
    public int SignaturesMonths { get; set; } = 60;
    /// <summary>Bodies of e-mails sent or given up: days after the message was written.</summary>
    public int OutboxBodiesDays { get; set; } = 90;
    /// <summary>Audit log lines: months after the line was written.</summary>
    public int AuditLogMonths { get; set; } = 12;

    /// <summary>Runs the purge job (once a day). Off in tests, which drive <see cref="RetentionPurge.RunOnceAsync"/>.</summary>
    public bool Enabled { get; set; } = true;
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);
}
