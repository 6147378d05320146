# JupyterLab for this project (`make lab` passes this file with --config).
# Every notebook saved from Lab is written without outputs and with the project's
# kernelspec (analysis/clean.py), so the committed notebooks stay clean.
c = get_config()  # noqa: F821 - provided by Jupyter when it loads this file
c.ContentsManager.pre_save_hook = "analysis.clean.pre_save_hook"
c.ServerApp.ip = "127.0.0.1"
