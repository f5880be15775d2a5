package dev.nbexport.cli;

/** Small notebooks written out in full, so each test shows exactly what goes in. */
final class Notebooks {

    private Notebooks() {
    }

    /** Two code cells with outputs, counts, metadata nbstripout removes, a tag, and widget state. */
    static final String DIRTY = """
            {
             "cells": [
              {
               "cell_type": "code",
               "execution_count": 3,
               "id": "a1",
               "metadata": {"scrolled": true, "tags": ["keep"]},
               "outputs": [
                {"name": "stdout", "output_type": "stream", "text": ["hello-data\\n"]},
                {"name": "stderr", "output_type": "stream", "text": ["warn-data\\n"]}
               ],
               "source": ["print('hello')"]
              },
              {
               "cell_type": "code",
               "execution_count": 4,
               "id": "b2",
               "metadata": {"tags": ["scratch"]},
               "outputs": [
                {"data": {"text/plain": ["'Zanzibar'"]}, "execution_count": 4, "metadata": {}, "output_type": "execute_result"}
               ],
               "source": ["6 * 7"]
              },
              {
               "cell_type": "code",
               "execution_count": null,
               "id": "c3",
               "metadata": {},
               "outputs": [],
               "source": ["  "]
              }
             ],
             "metadata": {
              "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
              "papermill": {"duration": 1.5},
              "widgets": {"application/vnd.jupyter.widget-state+json": {"state": {}}}
             },
             "nbformat": 4,
             "nbformat_minor": 5
            }
            """;

    /** The same notebook after {@code nbexport strip} with the default preset: Jupyter's own bytes. */
    static final String DIRTY_STRIPPED = """
            {
             "cells": [
              {
               "cell_type": "code",
               "execution_count": null,
               "id": "0",
               "metadata": {
                "tags": [
                 "keep"
                ]
               },
               "outputs": [],
               "source": [
                "print('hello')"
               ]
              },
              {
               "cell_type": "code",
               "execution_count": null,
               "id": "1",
               "metadata": {
                "tags": [
                 "scratch"
                ]
               },
               "outputs": [],
               "source": [
                "6 * 7"
               ]
              },
              {
               "cell_type": "code",
               "execution_count": null,
               "id": "2",
               "metadata": {},
               "outputs": [],
               "source": [
                "  "
               ]
              }
             ],
             "metadata": {
              "kernelspec": {
               "display_name": "Python 3",
               "language": "python",
               "name": "python3"
              },
              "papermill": {
               "duration": 1.5
              }
             },
             "nbformat": 4,
             "nbformat_minor": 5
            }
            """;

    static final String TRUNCATED = """
            {
             "cells": [
              {"cell_type": "code",
            """;
}
