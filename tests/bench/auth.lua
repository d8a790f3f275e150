-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script for tests/bench/run-bench: every request carries the token given in BENCH_JWT.
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_JWT")
