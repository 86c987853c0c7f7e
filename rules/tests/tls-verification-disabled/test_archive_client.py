import requests


def test_local_archive_server(local_tls_server):
    # Reported one severity lower (warning) in test code.
    # ruleid: tls-verification-disabled
    r = requests.get(local_tls_server.url + "/archive", verify=False)
    assert r.status_code == 200
