"""(d) Start-up: `briefgen --help` must not load the heavy libraries.

    python bench/startup.py
"""
from common import briefgen, timed


def main() -> None:
    t = timed(briefgen() + ["--help"], repeat=11)
    print(f"(d) briefgen --help: {t * 1000:.0f} ms (target <= 250 ms)")


if __name__ == "__main__":
    main()
