"""Offline evaluation of pgrec on a time split: `pgrec evaluate`, `pgrec tune` and their baselines."""
