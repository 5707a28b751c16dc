#!/usr/bin/env python3
"""The hottest methods of a JFR recording's execution samples: by own (top-frame) samples, and the share of samples
whose stack holds a frame matching each pattern given (inclusive, each sample counted once per pattern).
Usage: bench/jfr-hot.py <recording.jfr> [top N, default 25] [pattern …]"""
import collections
import subprocess
import sys


def stacks(recording):
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", recording],
                          check=True, capture_output=True, text=True).stdout
    frames, inside = [], False
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("stackTrace = ["):
            frames, inside = [], True
        elif inside and line == "]":
            inside = False
            yield frames
        elif inside and line != "...":
            frames.append(line.split(" line:")[0])


def main():
    recording, top = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25
    patterns = sys.argv[3:]
    own, holding, total = collections.Counter(), collections.Counter(), 0
    for frames in stacks(recording):
        total += 1
        if frames:
            own[frames[0]] += 1
        for pattern in patterns:
            if any(pattern in frame for frame in frames):
                holding[pattern] += 1
    print(f"{total} samples")
    for method, count in own.most_common(top):
        print(f"{100 * count / total:5.1f} %  {method}")
    for pattern in patterns:
        print(f"{100 * holding[pattern] / total:5.1f} %  (stack holds) {pattern}")


main()
