using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Infrastructure.Data;

/// <summary>
/// An EF compiled query, compiled once per database provider: a compiled query binds to the provider of the first
/// context that runs it, and one process can hold contexts of both (the test suite runs SQLite and PostgreSQL apps side by side).
/// </summary>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile) where TQuery : Delegate
{
    private readonly ConcurrentDictionary<string, TQuery> _byProvider = new();

    public TQuery For(DbContext db) => _byProvider.GetOrAdd(db.Database.ProviderName ?? "", _ => compile());
}
