using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DangBo.Web.Infrastructure.Data;

/// <summary>
/// Queries marked <see cref="Tag"/> are prepared on PostgreSQL: the server parses and plans them once per connection
/// instead of on every request, and after a few runs keeps one generic plan for every argument.
/// </summary>
/// <remarks>
/// Only queries whose best plan is the same whatever their arguments are marked (a unique key, an id, a short walk of an
/// index with a limit). Preparing every query (Npgsql's Max Auto Prepare) was measured and is unsafe here: a generic plan
/// of the topic page's count walks every article of the portal (bench/perf/README.md, session 6), and the search index's
/// full-text queries differ by orders of magnitude in selectivity. Npgsql keeps a connection's prepared statements when it
/// goes back to the pool; preparing a statement that is already prepared on the connection costs no round trip.
/// SQLite gains nothing (Microsoft.Data.Sqlite drops a command's statements with the command), so it is not registered there.
/// </remarks>
public static class PreparedQueries
{
    /// <summary>The query tag (<c>TagWith</c>) that marks a query as safe to prepare.</summary>
    public const string Tag = "prepared: one plan fits every argument";

    private const string Marker = "-- " + Tag;

    /// <summary>Marks the query as safe to prepare (see <see cref="PreparedQueries"/>).</summary>
    public static IQueryable<T> Prepared<T>(this IQueryable<T> query) => query.TagWith(Tag);

    internal static bool IsMarked(DbCommand command) => command.CommandText.StartsWith(Marker, StringComparison.Ordinal);
}

/// <summary>Prepares the commands of queries marked with <see cref="PreparedQueries.Tag"/> (PostgreSQL only).</summary>
public sealed class PreparingInterceptor : DbCommandInterceptor
{
    public static readonly PreparingInterceptor Instance = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result)
    {
        if (PreparedQueries.IsMarked(command))
        {
            command.Prepare();
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (PreparedQueries.IsMarked(command))
        {
            await command.PrepareAsync(cancellationToken);
        }
        return result;
    }
}
