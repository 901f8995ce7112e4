using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace DangBo.Web.Infrastructure.Data;

/// <summary>
/// What a singleton interceptor keeps for one use of a context (entries to index, pages to evict, mail to release).
/// Contexts are pooled, so the same instance serves one request after another: a value belongs to the lease it was
/// made in and is never seen by the next one, even when the request that made it ended without saving or committing.
/// </summary>
public sealed class PerContext<T> where T : class, new()
{
    private sealed class Slot
    {
        public int Lease = -1;
        public T? Value;
    }

    private readonly ConditionalWeakTable<DbContext, Slot> _slots = [];

    public T GetOrCreate(DbContext context)
    {
        var slot = _slots.GetOrCreateValue(context);
        var lease = context.ContextId.Lease;
        lock (slot)
        {
            if (slot.Lease != lease || slot.Value is null)
            {
                slot.Lease = lease;
                slot.Value = new T();
            }
            return slot.Value;
        }
    }

    public bool TryGet(DbContext context, [NotNullWhen(true)] out T? value)
    {
        value = null;
        if (_slots.TryGetValue(context, out var slot))
        {
            lock (slot)
            {
                if (slot.Lease == context.ContextId.Lease)
                {
                    value = slot.Value;
                }
            }
        }
        return value is not null;
    }

    public void Remove(DbContext context)
    {
        if (_slots.TryGetValue(context, out var slot))
        {
            lock (slot)
            {
                slot.Value = null;
            }
        }
    }
}
