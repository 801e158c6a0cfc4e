#!/usr/bin/env python3
"""Analyse a JSONL corpus with swedish-nlp on a Dask cluster.

Each line of the input is a JSON object {"id": ..., "text": ...}. Dask splits the file into
partitions (blocks of lines), and every partition is piped through the swedish-nlp command
line as a streaming filter:

    swedish-nlp analyze --jsonl --format jsonl --quiet -j 1 [--fields ...]

one JSON result per input line, in order (a bad line gives {"id", "error"}). The results are
written as one part-NNN.jsonl file per partition in the output folder.

Without --scheduler the job starts a LocalCluster of worker processes on this machine; with
--scheduler tcp://host:8786 it runs on that cluster (the input, the output folder and the CLI
must then be reachable from every worker, e.g. on a shared file system).

    python3 analyze_corpus.py corpus.jsonl results/ --workers 4 --fields entities,quotes
"""
import argparse
import os
import shutil
import subprocess
import sys

import dask.bag as db
from distributed import Client, LocalCluster

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CLI = os.path.normpath(os.path.join(HERE, "..", "..", "dist", "cli.js"))


def swedish_nlp_command(cli, fields):
    """The command that analyses one partition: `swedish-nlp` on PATH, or node with a cli.js."""
    if cli.endswith(".js"):
        command = [shutil.which("node") or "node", cli]
    else:
        command = [cli]
    # Dask runs one partition per worker thread: one thread per CLI process.
    command += ["analyze", "--jsonl", "--format", "jsonl", "--quiet", "-j", "1"]
    if fields:
        command += ["--fields", fields]
    return command


def pipe_partition(lines, command):
    """Pipes the lines of one partition through the CLI; returns its output lines, in order."""
    data = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    result = subprocess.run(command, input=data.encode("utf-8"), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Exit code 1 means some records failed: they are error records in the output. 2 is bad usage.
    if result.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} exited {result.returncode}: {result.stderr.decode('utf-8', 'replace')}")
    return result.stdout.decode("utf-8").splitlines()


def run(input_path, output_dir, scheduler=None, workers=2, blocksize="1MiB", cli=DEFAULT_CLI, fields=None):
    """Runs the job; returns the paths of the written part files."""
    command = swedish_nlp_command(cli, fields)
    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        os.makedirs(output_dir, exist_ok=True)
        bag = db.read_text(input_path, blocksize=blocksize)
        results = bag.map_partitions(pipe_partition, command)
        return results.to_textfiles(os.path.join(output_dir, "part-*.jsonl"))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def main(argv=None):
    parser = argparse.ArgumentParser(description="Analyse a JSONL corpus with swedish-nlp on a Dask cluster.")
    parser.add_argument("input", help="JSONL corpus, one {\"id\", \"text\"} object per line")
    parser.add_argument("output", help="folder for the part-NNN.jsonl result files")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="LocalCluster worker processes")
    parser.add_argument("--blocksize", default="1MiB", help="bytes of input per partition (default 1MiB)")
    parser.add_argument("--cli", default=DEFAULT_CLI, help="swedish-nlp executable or cli.js (default: this repository's dist/cli.js)")
    parser.add_argument("--fields", help="result fields, e.g. entities,quotes,keywords,summary")
    args = parser.parse_args(argv)
    parts = run(args.input, args.output, args.scheduler, args.workers, args.blocksize, args.cli, args.fields)
    print(f"wrote {len(parts)} partition(s) to {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
