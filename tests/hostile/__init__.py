"""Hostile and broken input (issue 15): every class of file is built in code by ``builders``."""

import pytest

pytest.register_assert_rewrite("tests.hostile.harness")
