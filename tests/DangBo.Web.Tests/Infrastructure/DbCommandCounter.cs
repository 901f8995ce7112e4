using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DangBo.Web.Tests.Infrastructure;

/// <summary>Counts the SQL commands the application sends, to prove a page costs a fixed number of queries (or none).</summary>
public sealed class DbCommandCounter : DbCommandInterceptor
{
    private int _count;

    /// <summary>Commands sent so far, except the visit counter's periodic batch update (it runs on a timer, not per request).</summary>
    public int Count => Volatile.Read(ref _count);

    private void Seen(DbCommand command)
    {
        if (!command.CommandText.Contains("VisitCount", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _count);
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Seen(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Seen(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Seen(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Seen(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Seen(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Seen(command);
        return ValueTask.FromResult(result);
    }
}
