namespace DangBo.Web.Modules.Editorial.Models;

/// <summary>
/// An e-mail waiting to go out (the outbox). It is saved with the move that causes it, in the same transaction, so a move
/// that is rolled back sends nothing and a restart loses nothing; <see cref="Services.MailSender"/> sends it and deletes it,
/// so the database keeps no copy of a message that went out.
/// </summary>
public class OutgoingMail
{
    public const int ToMaxLength = 320;
    public const int SubjectMaxLength = 250;
    public const int ErrorMaxLength = 500;

    public long Id { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    /// <summary>The article the message is about: what the logs name instead of the person.</summary>
    public int? ArticleId { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>Failed attempts so far.</summary>
    public int Attempts { get; set; }
    /// <summary>When to try (again); null once the sender has given up (see <see cref="LastError"/>).</summary>
    public DateTime? NextAttemptAt { get; set; }
    public string? LastError { get; set; }

    public bool IsAbandoned => NextAttemptAt is null;

    /// <summary>
    /// Records a failed attempt: the next is due after <paramref name="firstDelay"/>, doubled for every failure before it;
    /// after <paramref name="maxAttempts"/> failures there is no next attempt.
    /// </summary>
    public void Failed(DateTime nowUtc, string error, TimeSpan firstDelay, int maxAttempts)
    {
        Attempts++;
        LastError = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
        NextAttemptAt = Attempts >= maxAttempts ? null : nowUtc + firstDelay * Math.Pow(2, Attempts - 1);
    }
}
