"""Letters to legislators: recipients from the congress-legislators data, and the mail merge."""
