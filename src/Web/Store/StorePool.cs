using System.Collections.Concurrent;
using DirectiveTracker.Index;

namespace DirectiveTracker.Web.Store;

/// <summary>
/// Open stores shared by requests: a store holds one connection and serves one thread at a time, and opening one per
/// request would re-read its caches. A request leases one (<see cref="StoreLease"/>) and gives it back when it ends.
/// </summary>
public sealed class StorePool(ITrackerStoreFactory factory) : IDisposable
{
    private const int MaxIdle = 8;
    private readonly ConcurrentBag<ITrackerStore> _idle = [];

    public ITrackerStore Rent() => _idle.TryTake(out var store) ? store : factory.Open();

    public void Return(ITrackerStore store)
    {
        if (_idle.Count < MaxIdle) _idle.Add(store);
        else store.Dispose();
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var store)) store.Dispose();
    }
}

/// <summary>The store of one request (scoped): rented from the pool on first use, returned at the end of the request.</summary>
public sealed class StoreLease(StorePool pool) : IDisposable
{
    private ITrackerStore? _store;

    public ITrackerStore Store => _store ??= pool.Rent();

    public void Dispose()
    {
        if (_store is not null) pool.Return(_store);
        _store = null;
    }
}
