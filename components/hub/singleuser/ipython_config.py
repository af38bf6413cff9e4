# hubfleet (hubfleet:hubs[].environment.localRuntimeFiles): IPython's history database on the server's
# local disk, not the NFS home. IPython reads ipython_config.py from /usr/local/etc/ipython before the
# user's profile (IPython/core/application.py, SYSTEM_CONFIG_DIRS), so a user's own setting still wins.
# HistoryAccessor.hist_file's help: "SQLite is known to misbehave on some NFS mounts. If you see IPython
# hanging, try setting this to something on a local disk". History lasts as long as the server.
c.HistoryManager.hist_file = "/tmp/ipython_hist.sqlite"
