# hubfleet smoke test, Dask Gateway: a cluster starts, gets one worker, computes and shuts down.
# hubfleet sets DASK_GATEWAY__ADDRESS, __PROXY_ADDRESS, __PUBLIC_ADDRESS and __AUTH__TYPE=jupyterhub in
# user pods, so Gateway() needs no arguments; the server's own JUPYTERHUB_API_TOKEN authenticates.
import time


def smoke(timeout_seconds=600):
    from dask_gateway import Gateway

    deadline = time.monotonic() + timeout_seconds
    gateway = Gateway()
    try:
        cluster = gateway.new_cluster()
        try:
            print(f"cluster {cluster.name} started")
            cluster.scale(1)
            client = cluster.get_client()
            try:
                # A worker may need a node to be added first: wait up to what is left of the budget.
                client.wait_for_workers(1, timeout=max(1.0, deadline - time.monotonic()))
                total = client.submit(sum, range(10)).result(timeout=max(1.0, deadline - time.monotonic()))
                if total != 45:
                    raise AssertionError(f"the worker computed sum(range(10)) = {total!r}, not 45")
                print(f"one worker computed sum(range(10)) = {total}")
            finally:
                client.close()
        finally:
            cluster.shutdown()
            print(f"cluster {cluster.name} shut down")
    finally:
        gateway.close()
