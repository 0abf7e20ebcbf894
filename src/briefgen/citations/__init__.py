"""Citations: cluster syntax, locators, signals, Bluebook forms and the notes pass."""
