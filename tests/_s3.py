"""A real S3 server on this machine for the batch tests (moto's server mode on 127.0.0.1, no network)."""

from __future__ import annotations


def start_s3_server():
    """Start a moto S3 server on a free port; return it and the environment that points clients at it."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    env = {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ENDPOINT_URL": f"http://{host}:{port}",
    }
    return server, env
