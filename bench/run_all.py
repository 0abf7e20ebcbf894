"""Every benchmark in one run: python bench/run_all.py (the 30,000 constituent letters take the longest)"""
import citations
import constituents
import letters
import startup

if __name__ == "__main__":
    startup.main()
    citations.main()
    letters.main()
    constituents.main()
