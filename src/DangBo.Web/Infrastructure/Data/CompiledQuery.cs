using System.Runtime.CompilerServices;

namespace DangBo.Web.Infrastructure.Data;

/// <summary>
/// An EF compiled query, compiled once per application's context options: a compiled query binds to the provider of
/// the first context that runs it, and one process can hold contexts of both databases (the test suite runs SQLite and
/// PostgreSQL apps side by side). Keyed by the options instance, a lookup costs nothing per query (asking the context
/// for its provider's name reads assembly metadata every time).
/// </summary>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile) where TQuery : Delegate
{
    private readonly ConditionalWeakTable<Microsoft.EntityFrameworkCore.DbContextOptions, TQuery> _byOptions = [];

    public TQuery For(DangBoDbContext db) => _byOptions.GetValue(db.Options, _ => compile());
}
