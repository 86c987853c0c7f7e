# Archive storage set from a deploy script.
import requests


def set_storage(key, jwt):
    requests.put(
        # ruleid: archive-storage-fallback-enabled
        f"https://api.opentok.com/v2/project/{key}/archive/storage",
        headers={"X-OPENTOK-AUTH": jwt},
        # ruleid: archive-storage-fallback-enabled
        json={"type": "azure", "config": {"accountName": "acct", "container": "archives"}},
    )


def set_storage_explicit(key, jwt):
    requests.put(
        # ruleid: archive-storage-fallback-enabled
        f"https://api.opentok.com/v2/project/{key}/archive/storage",
        headers={"X-OPENTOK-AUTH": jwt},
        # ruleid: archive-storage-fallback-enabled
        json={"type": "s3", "config": {"bucket": "archives"}, "fallback": "opentok"},
    )


def set_storage_safe(key, jwt):
    requests.put(
        # ok: archive-storage-fallback-enabled
        f"https://api.opentok.com/v2/project/{key}/archive/storage",
        headers={"X-OPENTOK-AUTH": jwt},
        json={"type": "s3", "config": {"bucket": "archives"}, "fallback": "none"},
    )
