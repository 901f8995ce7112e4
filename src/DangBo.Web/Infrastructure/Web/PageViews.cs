namespace DangBo.Web.Infrastructure.Web;

/// <summary>
/// Told of every public HTML page a reader received (200, GET), whether rendered or served from the output cache. Observers
/// count in memory and store in batches: a page view never writes to the database on its own.
/// </summary>
public interface IPageViewObserver
{
    void Viewed(HttpContext context, int portalId);
}

/// <summary>A counter that keeps counts in memory and stores them in batches.</summary>
public interface IBatchedCounter
{
    /// <summary>How often the counts are stored.</summary>
    TimeSpan FlushInterval { get; }

    /// <summary>Stores the counts taken so far; on failure the counts stay pending for the next time.</summary>
    Task FlushAsync(IServiceProvider services, CancellationToken ct);
}

/// <summary>Stores a counter's counts at its interval, and once more when the application stops.</summary>
public sealed class CounterFlusher<TCounter>(TCounter counter, IServiceProvider services, ILogger<CounterFlusher<TCounter>> logger)
    : BackgroundService where TCounter : IBatchedCounter
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(counter.FlushInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushSafelyAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
        await FlushSafelyAsync(CancellationToken.None);
    }

    private async Task FlushSafelyAsync(CancellationToken ct)
    {
        try
        {
            await counter.FlushAsync(services, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not store the counts of {Counter}; they will be retried.", typeof(TCounter).Name);
        }
    }
}
