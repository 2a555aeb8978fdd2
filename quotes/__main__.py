from quotes.cli import app

app()
