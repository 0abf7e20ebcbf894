"""Every benchmark in one run: python bench/run_all.py"""
import citations
import letters
import startup

if __name__ == "__main__":
    startup.main()
    citations.main()
    letters.main()
